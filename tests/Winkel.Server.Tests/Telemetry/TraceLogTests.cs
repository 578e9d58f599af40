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
            using var client = new HttpClient { BaseAddress = server.Address };
            // A caller (a load balancer, the CDN, another service) starts the trace; HttpClient sends it
            // as traceparent and the store continues it.
            using var source = new ActivitySource("Winkel.Tests.Caller");
            using var listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == source.Name,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(listener);
            var path = $"/api/products/trace-{Guid.NewGuid():N}";
            string traceId;
            using (var caller = source.StartActivity("caller")!)
            {
                traceId = caller.TraceId.ToHexString();
                await client.GetAsync(path, Ct);
            }

            var line = await LogLineAsync(server, l => l.Contains(path, StringComparison.Ordinal) && l.Contains("StatusCode", StringComparison.Ordinal));
            using var json = JsonDocument.Parse(line);
            var scope = json.RootElement.GetProperty("Scopes").EnumerateArray().First(s => s.TryGetProperty("TraceId", out _));
            Assert.Equal(traceId, scope.GetProperty("TraceId").GetString());
            Assert.Equal(16, scope.GetProperty("SpanId").GetString()!.Length);
            Assert.Equal(path, json.RootElement.GetProperty("State").GetProperty("Path").GetString());
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
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (server.Output.FirstOrDefault(match) is { } line)
            {
                return line;
            }
            await Task.Delay(50, Ct);
        }
        Assert.Fail("No log line for the request. Output:\n" + string.Join('\n', server.Output));
        return "";
    }
}
