using StackExchange.Redis;

namespace ReSoma.Web.Infrastructure.Health;

/// <summary>
/// The Redis check's own connection, used only while no <see cref="IConnectionMultiplexer"/> is registered. Made at
/// the first check, never at start-up, and quick to say no: a probe must answer within seconds when Redis is down.
/// </summary>
public sealed class RedisProbeConnection(string configuration) : IDisposable
{
    public const string Setting = "Redis:Configuration";

    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() => Connect(configuration));

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    private static ConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false; // a multiplexer that keeps trying, instead of an exception at every check
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2_000);
        options.BacklogPolicy = BacklogPolicy.FailFast; // a ping while disconnected fails now instead of waiting in a queue
        return ConnectionMultiplexer.Connect(options);
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
