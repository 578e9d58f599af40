using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Winkel.Server.Tests.Catalog;

public sealed class CatalogApiTests(WinkelAppFactory factory) : IClassFixture<WinkelAppFactory>
{
    private async Task SeedAsync(params (string Id, string Category, decimal Price)[] products)
    {
        using var admin = await factory.CreateAdminClientAsync();
        foreach (var (id, category, price) in products)
        {
            var response = await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body(id, category, price), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task GetProduct_ReturnsTheContractShape()
    {
        await SeedAsync(("shape-1", "audio", 249.95m));
        using var client = factory.CreateClient();

        var product = await client.GetFromJsonAsync<JsonElement>("/api/products/shape-1", TestContext.Current.CancellationToken);

        foreach (var field in new[] { "productId", "category", "subcategory", "brand", "name", "description", "price", "currency", "stock",
                     "warehouse", "attributes", "images", "rating", "reviewCount", "tags", "inStock", "seo", "vatRate", "createdAt", "updatedAt" })
        {
            Assert.True(product.TryGetProperty(field, out _), $"missing {field}");
        }
        Assert.Equal(249.95m, product.GetProperty("price").GetDecimal());
        Assert.Equal("EUR", product.GetProperty("currency").GetString());
        Assert.True(product.GetProperty("inStock").GetBoolean());
        Assert.Equal("standard", product.GetProperty("vatRate").GetString());
        Assert.InRange(product.GetProperty("createdAt").GetInt64(), 1_700_000_000, 4_000_000_000);
    }

    [Fact]
    public async Task GetProduct_Returns404Problem_WhenUnknown()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/products/does-not-exist", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListProducts_FiltersByCategoryAndInclusivePriceRange_SortedByPrice()
    {
        await SeedAsync(("lp-1", "lp-cat", 5m), ("lp-2", "lp-cat", 10m), ("lp-3", "lp-cat", 15m), ("lp-4", "lp-cat", 20m), ("lp-5", "other", 10m));
        using var client = factory.CreateClient();

        var ascending = await client.GetFromJsonAsync<JsonElement>("/api/products?category=lp-cat&minPrice=10&maxPrice=20", TestContext.Current.CancellationToken);
        var descending = await client.GetFromJsonAsync<JsonElement>("/api/products?category=lp-cat&sort=-price", TestContext.Current.CancellationToken);

        Assert.Equal(["lp-2", "lp-3", "lp-4"], Ids(ascending));
        Assert.Equal(JsonValueKind.Null, ascending.GetProperty("nextCursor").ValueKind);
        Assert.Equal(["lp-4", "lp-3", "lp-2", "lp-1"], Ids(descending));
    }

    [Fact]
    public async Task ListProducts_PagesWithAnOpaqueCursor_UntilNextCursorIsNull()
    {
        await SeedAsync(Enumerable.Range(1, 7).Select(i => ($"pg-{i}", "pg-cat", 1m * i)).ToArray());
        using var client = factory.CreateClient();

        var ids = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = "/api/products?category=pg-cat&limit=3" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await client.GetFromJsonAsync<JsonElement>(url, TestContext.Current.CancellationToken);
            ids.AddRange(Ids(page));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"pg-{i}"), ids);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("minPrice=cheap", "minPrice")]
    [InlineData("maxPrice=-1", "maxPrice")]
    [InlineData("minPrice=20&maxPrice=10", "maxPrice")]
    [InlineData("sort=name", "sort")]
    [InlineData("cursor=not-a-cursor!", "cursor")]
    public async Task ListProducts_Returns400NamingTheParameter_WhenItIsInvalid(string query, string field)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/products?{query}", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task ListProducts_DefaultsTo24Items()
    {
        await SeedAsync(Enumerable.Range(1, 30).Select(i => ($"dl-{i:D2}", "dl-cat", 3m)).ToArray());
        using var client = factory.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/products?category=dl-cat", TestContext.Current.CancellationToken);

        Assert.Equal(24, page.GetProperty("items").GetArrayLength());
        Assert.NotNull(page.GetProperty("nextCursor").GetString());
    }

    [Fact]
    public async Task Categories_ListEachCategoryWithSubcategoriesAndCounts()
    {
        await SeedAsync(("cat-1", "cat-a", 1m), ("cat-2", "cat-a", 2m), ("cat-3", "cat-b", 3m));
        using var client = factory.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/categories", TestContext.Current.CancellationToken);

        var a = body.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "cat-a");
        Assert.Equal(2, a.GetProperty("productCount").GetInt64());
        Assert.Equal(["headphones"], a.GetProperty("subcategories").EnumerateArray().Select(s => s.GetString()));
    }

    private static List<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("productId").GetString()!).ToList();
}
