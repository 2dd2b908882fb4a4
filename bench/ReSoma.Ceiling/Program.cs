// Plaintext "Hello, World!" as in the TechEmpower plaintext test, without its pipelining: no logging, no middleware.
// The address comes from ASPNETCORE_URLS (the benchmark gives it 127.0.0.1 and a free port).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "Hello, World!");
app.Run();
