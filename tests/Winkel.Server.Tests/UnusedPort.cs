using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Winkel.Server.Tests;

/// <summary>
/// A loopback port for a listener that must know its port before it starts (a child process, haproxy, a store
/// that puts its own address in its settings). A port the kernel hands out for port 0 lies in the ephemeral
/// range, so between the check and the start any outgoing connection of a test running beside it may take
/// it ("address already in use"). A port below that range is only ever taken by a listener asking for it.
/// </summary>
public static class UnusedPort
{
    private const int Lowest = 20_000;

    private static readonly int EphemeralStart = EphemeralRangeStart();

    public static int Pick()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(Lowest, EphemeralStart);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {EphemeralStart}.");
    }

    private static bool IsFree(int port)
    {
        using var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Linux's <c>ip_local_port_range</c>; elsewhere IANA's dynamic range, which starts at 49152.</summary>
    private static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(range)
            && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && start > Lowest + 1000
            ? start
            : 49_152;
    }
}
