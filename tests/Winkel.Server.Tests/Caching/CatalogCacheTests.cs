using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Catalog.Caching;
using Winkel.Server.Tests.Catalog;

namespace Winkel.Server.Tests.Caching;

public sealed class CatalogCacheTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly WinkelAppFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _admin = null!;

    public async ValueTask InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(builder => builder.ConfigureServices(CountingCatalogStore.Install));
        _admin = await _app.CreateClient().AsAdminAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private CountingCatalogStore Store => _app.Services.GetRequiredService<CountingCatalogStore>();

    [Fact]
    public async Task ProductCache_ReadsTheStoreOnce_WhenHundredRequestsMissAtOnce()
    {
        (await _admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("stampede-1"), Ct)).EnsureSuccessStatusCode();
        var cache = _app.Services.GetRequiredService<CatalogCache>();
        var before = Store.DetailReads;

        var entries = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => cache.GetProductAsync("stampede-1", Ct).AsTask()));

        Assert.Equal(1, Store.DetailReads - before);
        Assert.All(entries, e => Assert.Same(entries[0], e));
        Assert.False(entries[0].IsMissing);
    }

    [Fact]
    public async Task ProductDetail_ReadsTheStoreOnce_WhenHundredHttpRequestsMissAtOnce()
    {
        (await _admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("stampede-2"), Ct)).EnsureSuccessStatusCode();
        using var client = _app.CreateClient();
        var before = Store.DetailReads;

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => client.GetAsync("/api/products/stampede-2", Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, Store.DetailReads - before);
    }

    [Fact]
    public async Task EveryReadPath_ShowsTheNewPrice_AsSoonAsPatchReturns()
    {
        (await _admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("evict-1", category: "evict-cat", price: 10m), Ct)).EnsureSuccessStatusCode();
        using var client = _app.CreateClient();
        // Fill every cache: detail, listings (category, price band, whole catalog) and categories.
        var paths = new[] { "/api/products/evict-1", "/api/products?category=evict-cat", "/api/products?category=evict-cat&minPrice=5&maxPrice=50", "/api/products?limit=100" };
        var etags = new Dictionary<string, EntityTagHeaderValue>();
        foreach (var path in paths)
        {
            var first = await client.GetAsync(path, Ct);
            await client.GetAsync(path, Ct);
            etags[path] = first.Headers.ETag!;
        }
        var detailReads = Store.DetailReads;
        await client.GetAsync("/api/products/evict-1", Ct);
        Assert.Equal(detailReads, Store.DetailReads); // served from the cache

        var patch = await _admin.PatchAsJsonAsync("/api/admin/products/evict-1", new { price = 12.5m }, Ct);
        patch.EnsureSuccessStatusCode();

        Assert.Equal(12.5m, (await client.GetFromJsonAsync<JsonElement>("/api/products/evict-1", Ct)).GetProperty("price").GetDecimal());
        foreach (var path in paths.Skip(1))
        {
            var items = (await client.GetFromJsonAsync<JsonElement>(path, Ct)).GetProperty("items").EnumerateArray();
            Assert.Equal(12.5m, items.Single(i => i.GetProperty("productId").GetString() == "evict-1").GetProperty("price").GetDecimal());
        }
        foreach (var path in paths)
        {
            using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
            revalidate.Headers.IfNoneMatch.Add(etags[path]);
            var response = await client.SendAsync(revalidate, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the old ETag no longer matches
            Assert.NotEqual(etags[path], response.Headers.ETag);
        }
    }

    [Fact]
    public async Task Listings_DropTheProduct_WhenItMovesToAnotherCategory()
    {
        (await _admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("move-1", category: "move-from"), Ct)).EnsureSuccessStatusCode();
        using var client = _app.CreateClient();
        Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/products?category=move-from", Ct)).GetProperty("items").EnumerateArray());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/products?category=move-to", Ct)).GetProperty("items").EnumerateArray());
        var categories = await client.GetStringAsync("/api/categories", Ct);

        (await _admin.PatchAsJsonAsync("/api/admin/products/move-1", new { category = "move-to" }, Ct)).EnsureSuccessStatusCode();

        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/products?category=move-from", Ct)).GetProperty("items").EnumerateArray());
        Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/products?category=move-to", Ct)).GetProperty("items").EnumerateArray());
        Assert.DoesNotContain("move-to", categories, StringComparison.Ordinal);
        Assert.Contains("move-to", await client.GetStringAsync("/api/categories", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductDetail_Answers404ThenTheProduct_WhenCreatedAfterAMiss()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/products/late-1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/products/late-1", Ct)).StatusCode);

        (await _admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("late-1"), Ct)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products/late-1", Ct)).StatusCode);
    }

    [Fact]
    public async Task ProductDetail_Answers404_AsSoonAsDeleteReturns()
    {
        (await _admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("gone-1"), Ct)).EnsureSuccessStatusCode();
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products/gone-1", Ct)).StatusCode);

        (await _admin.DeleteAsync("/api/admin/products/gone-1", Ct)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/products/gone-1", Ct)).StatusCode);
    }
}
