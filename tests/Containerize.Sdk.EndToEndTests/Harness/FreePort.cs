using System.Net;
using System.Net.Sockets;

namespace Containerize.Sdk.EndToEndTests.Harness;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on right now, for docker run -p 127.0.0.1:PORT:8080.</summary>
internal static class FreePort
{
    public static int OnLoopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
