using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReSoma.Tests.Telemetry;

/// <summary>A collector's OTLP/HTTP door on loopback, on Kestrel: it keeps every export posted to <c>/v1/{signal}</c>.</summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Signal, byte[] Body)> Exports { get; } = new();

    public string Address => _app.Urls.First();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        receiver._app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.Exports.Enqueue((signal, body.ToArray()));
            return Results.Ok(); // an empty protobuf answer is an export accepted whole
        });
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>Waits, at most <paramref name="timeout"/>, for an export of <paramref name="signal"/> that <paramref name="matches"/>.</summary>
    public async Task<bool> WaitForAsync(string signal, Func<byte[], bool> matches, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Exports.Any(e => e.Signal == signal && matches(e.Body)))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
