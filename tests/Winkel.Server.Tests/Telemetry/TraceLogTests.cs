using System.Diagnostics;
using System.Text.Json;
using Winkel.Server.Tests.Durability;

namespace Winkel.Server.Tests.Telemetry;

public sealed class TraceLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LogLines_AreJsonCarryingTheTraceId_OfTheRequestTheyBelongTo()
    {
        var dataDir = WinkelAppFactory.NewDataDir();
        try
        {
            await using var server = await ServerProcess.StartAsync(dataDir);
            // Other hosts in this test process listen to HttpClient activities; without this, the client
            // would replace the traceparent below with one of its own.
            using var handler = new SocketsHttpHandler { ActivityHeadersPropagator = DistributedContextPropagator.CreateNoOutputPropagator() };
            using var client = new HttpClient(handler) { BaseAddress = server.Address };
            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/products/no-such-product");
            // A caller (a load balancer, the CDN, another service) starts the trace; the store continues it.
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

            await client.SendAsync(request, Ct);

            var line = await LogLineAsync(server, l => l.Contains(traceId, StringComparison.Ordinal));
            using var json = JsonDocument.Parse(line);
            var scope = json.RootElement.GetProperty("Scopes").EnumerateArray().First(s => s.TryGetProperty("TraceId", out _));
            Assert.Equal(traceId, scope.GetProperty("TraceId").GetString());
            Assert.Equal(16, scope.GetProperty("SpanId").GetString()!.Length);
            Assert.Equal("/api/products/no-such-product", json.RootElement.GetProperty("State").GetProperty("Path").GetString());
        }
        finally
        {
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    /// <summary>The request's log line is written when the request ends, just after the answer was sent.</summary>
    private static async Task<string> LogLineAsync(ServerProcess server, Func<string, bool> match)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (server.Output.FirstOrDefault(match) is { } line)
            {
                return line;
            }
            await Task.Delay(50, Ct);
        }
        Assert.Fail("No log line carried the trace id. Output:\n" + string.Join('\n', server.Output));
        return "";
    }
}
