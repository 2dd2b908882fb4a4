namespace ReSoma.Tests.Infrastructure;

/// <summary>A real Redis on loopback (Debian's redis-server), in memory only. scripts/test.sh installs it where it is missing.</summary>
public sealed class RedisTestServer : IDisposable
{
    private readonly LoopbackServerProcess _server = new(
        "redis-server", "redis-server", port => ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        "install it with: apt-get install redis-server");

    /// <summary>The portal's <c>Redis:Configuration</c> for this server.</summary>
    public string Configuration => $"127.0.0.1:{_server.Port}";

    public void Dispose() => _server.Dispose();
}
