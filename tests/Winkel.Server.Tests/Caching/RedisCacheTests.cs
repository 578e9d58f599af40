using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Winkel.Server.Tests.Catalog;

namespace Winkel.Server.Tests.Caching;

/// <summary>
/// Two hosts on one SQLite file and one real Redis (<c>WINKEL_TEST_REDIS</c>, started by ./test.sh), as
/// two nodes behind a load balancer. Host B follows the change feed only every minute here, so what
/// it shows early can only have come through Redis.
/// </summary>
public sealed class RedisCacheTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _instance = $"winkel-test-{Guid.NewGuid():N}:";
    private readonly string _dataDir = WinkelAppFactory.NewDataDir();
    private Node _a = null!;
    private Node _b = null!;

    public static string Redis => Environment.GetEnvironmentVariable("WINKEL_TEST_REDIS")
        ?? throw new InvalidOperationException("WINKEL_TEST_REDIS is not set: run the tests with ./test.sh, which starts Redis.");

    private sealed class Node(string dataDir, string instance, string pollInterval) : WinkelAppFactory(dataDir, deleteDataOnDispose: false)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Winkel:Redis:Configuration"] = Redis,
            ["Winkel:Redis:InstanceName"] = instance,
            ["Winkel:Catalog:ChangeFeedPollInterval"] = pollInterval,
        };
    }

    public ValueTask InitializeAsync()
    {
        _a = new Node(_dataDir, _instance, "00:00:00.050");
        _b = new Node(_dataDir, _instance, "00:01:00");
        _ = _a.Server;
        _ = _b.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task PatchOnOneNode_ShowsOnTheOtherNodesCachedReads()
    {
        using var adminA = await _a.CreateAdminClientAsync();
        (await adminA.PostAsJsonAsync("/api/admin/products", TestProducts.Body("xnode-1", category: "xnode", price: 10m), Ct)).EnsureSuccessStatusCode();
        using var clientB = _b.CreateClient();
        var paths = new[] { "/api/products/xnode-1", "/api/products?category=xnode", "/api/products?limit=100" };
        foreach (var path in paths)
        {
            (await clientB.GetAsync(path, Ct)).EnsureSuccessStatusCode(); // cached on B now
        }
        Assert.Equal(10m, await PriceOnBAsync(clientB, paths[0]));

        (await adminA.PatchAsJsonAsync("/api/admin/products/xnode-1", new { price = 11m }, Ct)).EnsureSuccessStatusCode();

        foreach (var path in paths)
        {
            Assert.True(await EventuallyAsync(async () => await PriceOnBAsync(clientB, path) == 11m), $"B still shows the old price at {path}");
        }
    }

    [Fact]
    public async Task ReadinessCheck_IncludesRedis()
    {
        using var client = _a.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>("/health/ready", Ct);

        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Nodes_ShareOneConnectionAndKeepTheirKeysUnderTheInstanceName()
    {
        using var client = _a.CreateClient();
        using var adminA = await _a.CreateAdminClientAsync();
        (await adminA.PostAsJsonAsync("/api/admin/products", TestProducts.Body("l2-1"), Ct)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products/l2-1", Ct)).StatusCode);

        var redis = _a.Services.GetRequiredService<IConnectionMultiplexer>();
        Assert.Same(redis, _a.Services.GetRequiredService<IConnectionMultiplexer>());
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        Assert.True(await EventuallyAsync(() => Task.FromResult(server.Keys(pattern: _instance + "*").Any())), "nothing written to Redis");
    }

    private static async Task<decimal> PriceOnBAsync(HttpClient client, string path)
    {
        var body = await client.GetFromJsonAsync<JsonElement>(path, Ct);
        var product = body.TryGetProperty("items", out var items)
            ? items.EnumerateArray().Single(i => i.GetProperty("productId").GetString() == "xnode-1")
            : body;
        return product.GetProperty("price").GetDecimal();
    }

    /// <summary>Polls until true, for up to 10 s (a bound for a loaded machine, not a timing claim).</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(20, Ct))
        {
            if (await condition())
            {
                return true;
            }
        }
        return false;
    }
}
