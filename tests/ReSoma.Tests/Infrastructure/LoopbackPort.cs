using System.Net;
using System.Net.Sockets;

namespace ReSoma.Tests.Infrastructure;

public static class LoopbackPort
{
    /// <summary>A port on 127.0.0.1 that nothing listens on just now (the system's pick, released at once).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
