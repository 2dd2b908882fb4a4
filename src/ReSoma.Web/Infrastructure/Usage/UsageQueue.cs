using System.Threading.Channels;

namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>
/// The bounded queue between pages and the writer. A page only ever tries to add: when the queue is full the use is
/// dropped and counted as dropped (with a warning now and then), so a slow database never holds a page up.
/// </summary>
public sealed class UsageQueue
{
    public const string CapacitySetting = "Usage:QueueCapacity";

    private readonly Channel<UsageEvent> _channel;
    private readonly ILogger<UsageQueue> _logger;
    private long _dropped;

    public UsageQueue(IConfiguration configuration, ILogger<UsageQueue> logger)
    {
        _logger = logger;
        var capacity = Math.Max(1, configuration.GetValue(CapacitySetting, 10_000));
        _channel = Channel.CreateBounded<UsageEvent>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // with TryWrite: refused at once, never waited for
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>Uses dropped because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public ChannelReader<UsageEvent> Reader => _channel.Reader;

    public bool TryEnqueue(UsageEvent use)
    {
        if (_channel.Writer.TryWrite(use))
        {
            return true;
        }

        var dropped = Interlocked.Increment(ref _dropped);
        if (dropped == 1 || dropped % 1000 == 0)
        {
            _logger.LogWarning("The usage queue is full: {Dropped} uses dropped since start", dropped);
        }

        return false;
    }
}
