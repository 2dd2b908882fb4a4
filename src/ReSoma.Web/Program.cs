using ReSoma.Web.Data;
using ReSoma.Web.Data.Backups;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Features;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.CommandLine;
using ReSoma.Web.Infrastructure.Health;
using ReSoma.Web.Infrastructure.Languages;
using ReSoma.Web.Infrastructure.Logging;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Notifications;
using ReSoma.Web.Infrastructure.Redis;
using ReSoma.Web.Infrastructure.Markdown;
using ReSoma.Web.Infrastructure.Observability;
using ReSoma.Web.Infrastructure.Publishing;
using ReSoma.Web.Infrastructure.Search;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Infrastructure.Security;
using ReSoma.Web.Infrastructure.Storage;
using ReSoma.Web.Infrastructure.Usage;
using ReSoma.Web.Infrastructure.Web;

if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging();
builder.AddPortalTelemetry();
builder.AddPublicAddress();

var paths = new DataPaths(builder.Configuration, builder.Environment);
using var running = RunningPortal.Mark(paths.Root); // a restore refuses while this is held
builder.Services.AddSingleton(paths);
builder.Services.AddFileStore(builder.Configuration);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPortalDataProtection();
builder.Services.AddReSomaDatabase(builder.Configuration);
builder.Services.AddFullTextSearch(builder.Configuration);
builder.Services.AddPortalOutputCache();
builder.Services.AddSharedRedis(builder.Configuration); // when Redis:Configuration is set: caches and rate limits across instances
builder.Services.AddPortalIdentity();
builder.Services.AddPortalMvc();
builder.Services.AddPortalLanguages(); // English and French, resources per feature folder, chosen by address, cookie or browser
builder.Services.AddPortalSecurityHeaders();
builder.Services.AddPortalRateLimiting(builder.Configuration);
builder.Services.AddPortalMail(builder.Configuration);
builder.Services.AddSingleton<MarkdownRenderer>();
builder.Services.AddSingleton<SiteAddress>();
builder.Services.AddRegistrations(); // seats, waitlist, questions, attendance and their mails, for consultations and events
builder.Services.AddScoped<CalendarExport>();
builder.Services.AddUsageCounting(); // views and downloads, queued by pages and written in batches (decision 0037)
builder.Services.AddScheduledPublishing(); // one loop on every instance; interviews, consultations and events add their publishers
builder.Services.AddNotifications(); // news for followers, mailed at each person's pace, claimed once per digest across instances
builder.Services.AddSeeding(builder.Configuration);
builder.Services.AddFeatures(builder.Configuration);
builder.Services.AddPortalHealthChecks(builder.Configuration).AddReadinessCheck<FileStoreHealthCheck>("storage");

var app = builder.Build();
if (PortalCommands.IsMigrate(args))
{
    return await MigrateCommand.RunAsync(app.Services); // on the portal's own services, so it seeds as a start would
}

await app.Services.InitializeDatabaseAsync(); // migrates, or waits for the migrate verb (Database:MigrateAtStart false)
await app.Services.ImportLegacyKeysAsync();
await app.Services.RefreshSearchIndexOnceAsync();

app.UsePublicAddress();
app.UseSecurityHeaders();
app.UsePortalErrorPages();

app.UsePortalRequestLogging();
app.UseUsageCounting(); // before HEAD handling and the output cache: cached pages count, HEAD does not
app.UseHeadAsGet();
app.UsePortalLanguages(); // before the output cache, which keeps one copy per language
app.UseRouting();
app.UseOutputCache(); // before authentication: a request with any cookie but antiforgery's is never answered from it (PublicPagePolicy)
app.UseRateLimiter();
app.UseAuthentication();
app.UseSecurityEventLogging();
app.UseAuthorization();

app.MapStaticAssets();
app.MapControllers().WithStaticAssets();
app.MapPortalHealthChecks();
app.PrintWhenStarted();

await app.RunAsync();
return 0;

/// <summary>The entry point, public so integration tests can host the portal.</summary>
public partial class Program;
