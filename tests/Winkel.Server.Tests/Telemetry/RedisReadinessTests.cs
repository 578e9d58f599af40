using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Winkel.Server.Tests.Caching;

namespace Winkel.Server.Tests.Telemetry;

/// <summary>
/// Readiness follows Redis: a redis-server of this test's own (the shared one from ./test.sh keeps
/// running for the other tests) is stopped and started again under a running store.
/// </summary>
public sealed class RedisReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthReady_Returns503NamingRedis_WhileRedisIsStopped_AndRecovers()
    {
        _ = RedisCacheTests.Redis; // fails with a message naming ./test.sh when Redis was not installed and started
        var port = UnusedPort.Pick();
        var redis = StartRedis(port);
        try
        {
            await using var factory = new RedisNode($"127.0.0.1:{port}");
            using var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(client, HttpStatusCode.OK)).StatusCode);

            redis.Kill();
            await redis.WaitForExitAsync(Ct);
            var down = await ReadyAsync(client, HttpStatusCode.ServiceUnavailable);
            var body = await down.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
            Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);

            redis.Dispose();
            redis = StartRedis(port);
            // The connection comes back by itself (it reconnects in the background).
            Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(client, HttpStatusCode.OK)).StatusCode);
        }
        finally
        {
            if (!redis.HasExited)
            {
                redis.Kill();
            }
            redis.Dispose();
        }
    }

    private sealed class RedisNode(string redis) : WinkelAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Winkel:Redis:Configuration"] = redis,
            ["Winkel:Redis:InstanceName"] = $"winkel-ready-{Guid.NewGuid():N}:",
        };
    }

    /// <summary>Polls readiness until it answers <paramref name="expected"/> (bounded): Redis's state reaches the client within seconds.</summary>
    private static async Task<HttpResponseMessage> ReadyAsync(HttpClient client, HttpStatusCode expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetAsync("/health/ready", Ct);
            if (response.StatusCode == expected || attempt == 300)
            {
                return response;
            }
            await Task.Delay(100, Ct);
        }
    }

    private static Process StartRedis(int port)
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException($"redis-server did not listen on {port}.");
    }
}
