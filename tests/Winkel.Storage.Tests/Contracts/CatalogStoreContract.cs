using System.Text;
using System.Text.Json;
using Winkel.Catalog;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;

namespace Winkel.Storage.Tests.Contracts;

/// <summary>What every <see cref="ICatalogStore"/> adapter must do.</summary>
public abstract class CatalogStoreContract : StorageContract
{
    private ICatalogStore Store => Adapter.Get<ICatalogStore>();

    [Fact]
    public async Task Create_ThenGet_ReturnsEveryField()
    {
        var product = Products.Make("p1") with { VatRate = Core.VatRate.Reduced, Currency = "EUR", Price = 1299.99m };

        var result = await Store.CreateAsync(product, TestContext.Current.CancellationToken);
        var stored = await Store.GetAsync("p1", TestContext.Current.CancellationToken);

        Assert.Equal(CatalogWriteStatus.Written, result.Status);
        Assert.NotNull(stored);
        Assert.Equal(product.Price, stored.Price);
        Assert.Equal(product.Attributes, stored.Attributes);
        Assert.Equal(product.Images, stored.Images);
        Assert.Equal(product.Tags, stored.Tags);
        Assert.Equal(product.Seo.Keywords, stored.Seo.Keywords);
        Assert.Equal(product.Seo.Title, stored.Seo.Title);
        Assert.Equal(Core.VatRate.Reduced, stored.VatRate);
        Assert.Equal(product.Rating, stored.Rating);
        Assert.Equal(product.CreatedAt, stored.CreatedAt);
        Assert.True(stored.InStock);
    }

    [Fact]
    public async Task StoredJson_IsExactlyTheApiFormOfTheProduct_AfterEveryKindOfWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("p1", price: 10m, stock: 5), ct);
        await Store.PatchAsync("p1", new ProductPatch { Stock = 0 }, updatedAt: 1_700_000_100, ct);

        var stored = await Store.GetStoredAsync("p1", ct);
        var listed = (await Store.ListAsync(new ProductListQuery("electronics", null, null, false, 10, null), ct)).Items.Single();
        var product = await Store.GetAsync("p1", ct);

        var expected = JsonSerializer.Serialize(product!, CatalogJsonContext.Default.Product);
        Assert.Equal(expected, Encoding.UTF8.GetString(stored!.Json.Span));
        Assert.Equal(expected, Encoding.UTF8.GetString(listed.Json.Span));
        Assert.Contains("\"inStock\":false", expected, StringComparison.Ordinal);
        Assert.Equal((10m, "p1"), (listed.Price, listed.ProductId));
        Assert.Equal(0, listed.Product.Stock);
        Assert.Null(await Store.GetStoredAsync("missing", ct));
    }

    [Fact]
    public async Task Get_ReturnsNull_WhenProductIsUnknown() =>
        Assert.Null(await Store.GetAsync("missing", TestContext.Current.CancellationToken));

    [Fact]
    public async Task Create_ReturnsAlreadyExists_AndKeepsTheFirst_WhenIdIsTaken()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("p1", price: 10m), ct);

        var second = await Store.CreateAsync(Products.Make("p1", price: 20m), ct);

        Assert.Equal(CatalogWriteStatus.AlreadyExists, second.Status);
        Assert.Equal(10m, (await Store.GetAsync("p1", ct))!.Price);
    }

    [Fact]
    public async Task Replace_KeepsCreatedAt_AndSetsEverythingElse()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("p1", at: 100), ct);

        var result = await Store.ReplaceAsync(Products.Make("p1", category: "books", price: 7.5m, stock: 0, at: 200), ct);
        var stored = await Store.GetAsync("p1", ct);

        Assert.Equal(CatalogWriteStatus.Written, result.Status);
        Assert.Equal(100, stored!.CreatedAt);
        Assert.Equal(200, stored.UpdatedAt);
        Assert.Equal("books", stored.Category);
        Assert.Equal(7.5m, stored.Price);
        Assert.False(stored.InStock);
    }

    [Fact]
    public async Task Replace_ReturnsNotFound_WhenProductIsUnknown()
    {
        var result = await Store.ReplaceAsync(Products.Make("nope"), TestContext.Current.CancellationToken);

        Assert.Equal(CatalogWriteStatus.NotFound, result.Status);
        Assert.Null(await Store.GetAsync("nope", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Patch_ChangesOnlyTheGivenFields()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("p1", price: 10m, stock: 5, at: 100), ct);

        var result = await Store.PatchAsync("p1", new ProductPatch { Price = 8.99m, Tags = ["black-friday"] }, updatedAt: 300, ct);
        var stored = await Store.GetAsync("p1", ct);

        Assert.Equal(CatalogWriteStatus.Written, result.Status);
        Assert.Equal(8.99m, stored!.Price);
        Assert.Equal(["black-friday"], stored.Tags);
        Assert.Equal(5, stored.Stock);
        Assert.Equal("Product p1", stored.Name);
        Assert.Equal(100, stored.CreatedAt);
        Assert.Equal(300, stored.UpdatedAt);
    }

    [Fact]
    public async Task Patch_ReturnsNotFound_WhenProductIsUnknown() =>
        Assert.Equal(CatalogWriteStatus.NotFound,
            (await Store.PatchAsync("nope", new ProductPatch { Price = 1m }, 1, TestContext.Current.CancellationToken)).Status);

    [Fact]
    public async Task Delete_RemovesTheProduct_AndReturnsFalseTheSecondTime()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("p1"), ct);

        Assert.True(await Store.DeleteAsync("p1", 5, ct));
        Assert.Null(await Store.GetAsync("p1", ct));
        Assert.False(await Store.DeleteAsync("p1", 6, ct));
    }

    [Fact]
    public async Task GetMany_ReturnsTheProductsThatExist()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.UpsertManyAsync([Products.Make("a"), Products.Make("b"), Products.Make("c")], ct);

        var found = await Store.GetManyAsync(["a", "c", "missing", "a"], ct);

        Assert.Equal(["a", "c"], found.Select(p => p.ProductId).Order());
    }

    [Fact]
    public async Task List_ByCategory_AppliesInclusivePriceRange_InPriceOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.UpsertManyAsync(
        [
            Products.Make("e1", price: 5m), Products.Make("e2", price: 10m), Products.Make("e3", price: 10m),
            Products.Make("e4", price: 20m), Products.Make("e5", price: 20.01m), Products.Make("b1", category: "books", price: 10m),
        ], ct);

        var page = await Store.ListAsync(new ProductListQuery("electronics", 10m, 20m, Descending: false, Limit: 10, After: null), ct);

        // e2 and e3 tie on price: the index decides their order (DynamoDB does not promise id order).
        Assert.Equal(["e2", "e3", "e4"], page.Items.Select(p => p.ProductId).Order(StringComparer.Ordinal));
        Assert.Equal([10m, 10m, 20m], page.Items.Select(p => p.Price));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task List_Descending_OrdersByPriceDescending()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.UpsertManyAsync([Products.Make("a", price: 1m), Products.Make("b", price: 3m), Products.Make("c", price: 3m)], ct);

        var page = await Store.ListAsync(new ProductListQuery("electronics", null, null, Descending: true, Limit: 10, After: null), ct);

        Assert.Equal([3m, 3m, 1m], page.Items.Select(p => p.Price));
        Assert.Equal("a", page.Items[^1].ProductId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task List_PagesThroughEveryProductOnce_WhenPricesTie(bool descending)
    {
        var ct = TestContext.Current.CancellationToken;
        var products = Enumerable.Range(0, 23).Select(i => Products.Make($"p{i:D2}", price: 1m + (i % 4))).ToList();
        await Store.UpsertManyAsync(products, ct);

        var seen = new List<string>();
        ProductKey? after = null;
        var pages = 0;
        do
        {
            var page = await Store.ListAsync(new ProductListQuery("electronics", null, null, descending, Limit: 5, after), ct);
            seen.AddRange(page.Items.Select(p => p.ProductId));
            after = page.Next;
            pages++;
        }
        while (after is not null && pages < 20);

        Assert.Equal(5, pages);
        Assert.Equal(products.Count, seen.Count);
        Assert.Equal(products.Count, seen.Distinct().Count());
        // Price order across every page; products that tie on price come in the index's own stable order.
        var prices = seen.Select(id => products.Single(p => p.ProductId == id).Price).ToList();
        var expected = prices.Order().ToList();
        Assert.Equal(descending ? Enumerable.Reverse(expected) : expected, prices);
    }

    [Fact]
    public async Task List_HasNoNextKey_WhenTheLastPageIsExactlyFull()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.UpsertManyAsync([Products.Make("a"), Products.Make("b")], ct);

        var page = await Store.ListAsync(new ProductListQuery("electronics", null, null, false, Limit: 2, After: null), ct);

        Assert.Equal(2, page.Items.Count);
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task List_WithoutCategory_ListsTheWholeCatalogByPrice()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.UpsertManyAsync([Products.Make("a", "books", 3m), Products.Make("b", "toys", 1m), Products.Make("c", "food", 2m)], ct);

        var page = await Store.ListAsync(new ProductListQuery(null, null, null, false, 10, null), ct);

        Assert.Equal(["b", "c", "a"], page.Items.Select(p => p.ProductId));
    }

    [Fact]
    public async Task Categories_CountProductsPerCategory_AndFollowEveryWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.UpsertManyAsync(
        [
            Products.Make("a", "electronics", subcategory: "laptops"), Products.Make("b", "electronics", subcategory: "phones"),
            Products.Make("c", "books", subcategory: "fiction"),
        ], ct);
        await Store.PatchAsync("b", new ProductPatch { Category = "books", Subcategory = "cookbooks" }, 2, ct);
        await Store.DeleteAsync("a", 3, ct);
        await Store.CreateAsync(Products.Make("d", "toys", subcategory: "puzzles"), ct);

        var categories = await Store.GetCategoriesAsync(ct);

        Assert.Equal(["books", "toys"], categories.Select(c => c.Category));
        Assert.Equal(2, categories[0].ProductCount);
        Assert.Equal(["cookbooks", "fiction"], categories[0].Subcategories);
        Assert.Equal(1, categories[1].ProductCount);
    }

    [Fact]
    public async Task UpsertMany_CreatesAndReplaces_KeepingCreatedAtOfExistingProducts()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("a", price: 1m, at: 100), ct);

        await Store.UpsertManyAsync([Products.Make("a", price: 2m, at: 200), Products.Make("b", at: 200)], ct);

        var a = await Store.GetAsync("a", ct);
        Assert.Equal(2m, a!.Price);
        Assert.Equal(100, a.CreatedAt);
        Assert.Equal(200, a.UpdatedAt);
        Assert.NotNull(await Store.GetAsync("b", ct));
        Assert.Equal(2, (await Store.GetCategoriesAsync(ct)).Single().ProductCount);
    }

    [Fact]
    public async Task IsEmpty_IsTrueOnlyBeforeTheFirstProduct()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(await Store.IsEmptyAsync(ct));
        await Store.CreateAsync(Products.Make("a"), ct);
        Assert.False(await Store.IsEmptyAsync(ct));
    }

    [Fact]
    public async Task Products_SurviveARestart()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("a", price: 3.33m), ct);

        await Adapter.RestartAsync();

        Assert.Equal(3.33m, (await Store.GetAsync("a", ct))!.Price);
    }
}
