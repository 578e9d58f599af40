using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Winkel.Server.Tests.Catalog;

public sealed class CatalogAdminApiTests(WinkelAppFactory factory) : IClassFixture<WinkelAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdminEndpoints_Return401Problem_WhenAnonymous()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/admin/products", TestProducts.Body("anon-1"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AdminEndpoints_Return403Problem_ForACustomer()
    {
        using var customer = await factory.CreateCustomerClientAsync();

        var response = await customer.DeleteAsync("/api/admin/products/anything", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Create_Returns201WithLocation_AndServerTimestamps()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("new-1"), Ct);
        var product = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/products/new-1", response.Headers.Location?.OriginalString);
        Assert.Equal(product.GetProperty("createdAt").GetInt64(), product.GetProperty("updatedAt").GetInt64());
        Assert.InRange(product.GetProperty("createdAt").GetInt64(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
    }

    [Fact]
    public async Task Create_Returns409Problem_WhenTheIdExists()
    {
        using var admin = await factory.CreateAdminClientAsync();
        await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("dup-1"), Ct);

        var response = await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("dup-1"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("price", "\"cheap\"")]
    [InlineData("price", "0")]
    [InlineData("price", "1.999")]
    [InlineData("stock", "-1")]
    [InlineData("stock", "1.5")]
    [InlineData("rating", "6")]
    [InlineData("currency", "\"EURO\"")]
    [InlineData("vatRate", "\"zero\"")]
    [InlineData("images", "[\"javascript:alert(1)\"]")]
    [InlineData("productId", "\"has space\"")]
    [InlineData("inStock", "true")]
    [InlineData("createdAt", "1")]
    [InlineData("isFeatured", "true")]
    [InlineData("seo", "{\"title\":\"x\",\"robots\":\"noindex\"}")]
    public async Task Create_Returns400NamingTheField_AndWritesNothing_WhenAFieldIsBad(string field, string json)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var body = TestProducts.Body($"bad-{Guid.NewGuid():N}"[..20]);
        var id = (string)body["productId"]!;
        body[field] = JsonDocument.Parse(json).RootElement;

        var response = await admin.PostAsJsonAsync("/api/admin/products", body, Ct);

        var named = field == "seo" ? "seo.robots" : field == "images" ? "images[0]" : field;
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, named);
        if (field != "productId")
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/products/{id}", Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Create_Returns400NamingEveryMissingRequiredField()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/admin/products", new { brand = "LEGO" }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "productId", "category", "name", "price");
    }

    [Fact]
    public async Task Replace_KeepsCreatedAt_AndRejectsAnotherIdInTheBody()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var created = await (await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("put-1"), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var replaced = await admin.PutAsJsonAsync("/api/admin/products/put-1", TestProducts.Body("put-1", price: 5m), Ct);
        var mismatch = await admin.PutAsJsonAsync("/api/admin/products/put-1", TestProducts.Body("put-2"), Ct);
        var missing = await admin.PutAsJsonAsync("/api/admin/products/put-404", TestProducts.Body("put-404"), Ct);

        var product = await replaced.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(5m, product.GetProperty("price").GetDecimal());
        Assert.Equal(created.GetProperty("createdAt").GetInt64(), product.GetProperty("createdAt").GetInt64());
        await ProblemAssert.IsProblemAsync(mismatch, HttpStatusCode.BadRequest, "productId");
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patch_ChangesPriceAndStock_AndEveryReadShowsItAtOnce()
    {
        using var admin = await factory.CreateAdminClientAsync();
        await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("patch-1", category: "patch-cat", price: 10m, stock: 3), Ct);
        using var client = factory.CreateClient();
        await client.GetAsync("/api/products/patch-1", Ct);

        var response = await admin.PatchAsJsonAsync("/api/admin/products/patch-1", new { price = 7.49m, stock = 0 }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await client.GetFromJsonAsync<JsonElement>("/api/products/patch-1", Ct);
        var listing = await client.GetFromJsonAsync<JsonElement>("/api/products?category=patch-cat", Ct);
        Assert.Equal(7.49m, detail.GetProperty("price").GetDecimal());
        Assert.False(detail.GetProperty("inStock").GetBoolean());
        Assert.Equal(7.49m, listing.GetProperty("items")[0].GetProperty("price").GetDecimal());
        Assert.Equal("Sennheiser Momentum patch-1", detail.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("{\"productId\":\"other\"}", "productId")]
    [InlineData("{\"inStock\":false}", "inStock")]
    [InlineData("{}", "body")]
    [InlineData("{\"price\":null}", "price")]
    public async Task Patch_Returns400NamingTheField_WhenTheChangeIsNotAllowed(string json, string field)
    {
        using var admin = await factory.CreateAdminClientAsync();
        await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("patch-bad"), Ct);

        var response = await admin.PatchAsync("/api/admin/products/patch-bad", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Delete_Returns204_Then404()
    {
        using var admin = await factory.CreateAdminClientAsync();
        await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("del-1"), Ct);

        var first = await admin.DeleteAsync("/api/admin/products/del-1", Ct);
        var second = await admin.DeleteAsync("/api/admin/products/del-1", Ct);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/products/del-1", Ct)).StatusCode);
    }

    [Fact]
    public async Task Import_LandsTheGoodLines_AndReportsEachBadLineByNumber()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var lines = string.Join('\n',
            JsonSerializer.Serialize(TestProducts.Body("imp-1")),
            "{not json",
            JsonSerializer.Serialize(TestProducts.Body("imp-2")),
            "",
            JsonSerializer.Serialize(TestProducts.Body("imp-3", price: -1m)),
            JsonSerializer.Serialize(TestProducts.Body("imp-4")) + "\r");

        var response = await admin.PostAsync("/api/admin/products/import", new StringContent(lines, Encoding.UTF8, "application/jsonl"), Ct);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, report.GetProperty("imported").GetInt32());
        var failed = report.GetProperty("failed").EnumerateArray().ToList();
        Assert.Equal([2L, 5L], failed.Select(f => f.GetProperty("line").GetInt64()));
        Assert.True(failed[1].GetProperty("errors").TryGetProperty("price", out _));
        foreach (var id in new[] { "imp-1", "imp-2", "imp-4" })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/products/{id}", Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Import_Returns415Problem_ForAnotherContentType()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.PostAsync("/api/admin/products/import", new StringContent("{}", Encoding.UTF8, "text/csv"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Import_AcceptsBodiesLargerThanTheGeneralLimit()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var lines = string.Join('\n', Enumerable.Range(0, 2_500).Select(i => JsonSerializer.Serialize(TestProducts.Body($"big-{i}"))));
        Assert.True(Encoding.UTF8.GetByteCount(lines) > 1 << 20);

        var response = await admin.PostAsync("/api/admin/products/import", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2_500, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("imported").GetInt32());
    }
}
