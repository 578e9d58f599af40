using System.Net.Http.Json;
using System.Text.Json;

namespace Winkel.Server.Tests.Catalog;

public sealed class DemoCatalogHostTests
{
    private sealed class DemoFactory : WinkelAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Winkel:Catalog:Demo"] = "true" };
    }

    [Fact]
    public async Task FirstStart_WithAnEmptyCatalog_LoadsTheDemoCatalog()
    {
        await using var factory = new DemoFactory();
        using var client = factory.CreateClient();

        var categories = (await client.GetFromJsonAsync<JsonElement>("/api/categories", TestContext.Current.CancellationToken))
            .GetProperty("items").EnumerateArray().ToList();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/products?limit=100", TestContext.Current.CancellationToken);

        Assert.True(categories.Count >= 8, $"{categories.Count} categories");
        Assert.All(categories, c => Assert.True(c.GetProperty("subcategories").GetArrayLength() >= 2));
        Assert.True(categories.Sum(c => c.GetProperty("productCount").GetInt64()) >= 2_000);
        var product = page.GetProperty("items")[0];
        Assert.NotEmpty(product.GetProperty("brand").GetString()!);
        Assert.NotEmpty(product.GetProperty("seo").GetProperty("title").GetString()!);
        Assert.True(product.GetProperty("images").GetArrayLength() > 0);
    }

    [Fact]
    public async Task TheDemo_IsNotLoaded_WhenTurnedOff()
    {
        await using var factory = new WinkelAppFactory();
        using var client = factory.CreateClient();

        var categories = await client.GetFromJsonAsync<JsonElement>("/api/categories", TestContext.Current.CancellationToken);

        Assert.Equal(0, categories.GetProperty("items").GetArrayLength());
    }
}
