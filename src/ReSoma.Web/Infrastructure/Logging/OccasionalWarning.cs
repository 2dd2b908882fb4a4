namespace ReSoma.Web.Infrastructure.Logging;

/// <summary>
/// A warning about an outage that would otherwise be written once per request (Redis away under load): written at
/// most once per interval, the requests in between counted in the next one.
/// </summary>
public sealed class OccasionalWarning(ILogger logger, TimeSpan interval)
{
    private long _lastWritten = long.MinValue;
    private long _skipped;

    public void Write(Exception? error, string message)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastWritten);
        if (now - last < interval.TotalMilliseconds || Interlocked.CompareExchange(ref _lastWritten, now, last) != last)
        {
            Interlocked.Increment(ref _skipped);
            return;
        }

        var skipped = Interlocked.Exchange(ref _skipped, 0);
#pragma warning disable CA2254 // the message is one of a few constant texts given by the caller
        logger.LogWarning(error, message + " ({Skipped} more like this since the last warning)", skipped);
#pragma warning restore CA2254
    }
}
