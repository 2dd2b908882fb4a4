using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ReSoma.Tests.Infrastructure;

/// <summary>A real server (aiosmtpd, redis-server) run as a process on a free loopback port, killed on dispose.</summary>
public sealed class LoopbackServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _name;
    private bool _disposed;

    /// <param name="arguments">The server's command line, given the port it is to listen on.</param>
    /// <param name="installHint">What to install when it cannot start.</param>
    public LoopbackServerProcess(string name, string fileName, Func<int, IEnumerable<string>> arguments, string installHint)
    {
        _name = name;
        Port = LoopbackPort.Free();
        try
        {
            _process = Process.Start(new ProcessStartInfo(fileName, arguments(Port)) { RedirectStandardError = true, RedirectStandardOutput = true })
                ?? throw new InvalidOperationException($"Could not start {name}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{name} is not installed ({installHint}).", e);
        }

        WaitUntilListening(installHint);
    }

    public int Port { get; }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private void WaitUntilListening(string installHint)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_name} stopped: {_process.StandardError.ReadToEnd()}{_process.StandardOutput.ReadToEnd()} ({installHint})");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new TimeoutException($"{_name} did not start listening within 15 s.");
    }
}
