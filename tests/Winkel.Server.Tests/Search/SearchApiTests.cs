using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Winkel.Server.Tests.Catalog;

namespace Winkel.Server.Tests.Search;

public sealed class SearchApiTests(WinkelAppFactory factory) : IClassFixture<WinkelAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APatch_IsSearchable_AsSoonAsTheIndexerHasIt()
    {
        using var admin = await factory.CreateAdminClientAsync();
        using var client = factory.CreateClient();
        (await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("fresh-1", price: 30m), Ct)).EnsureSuccessStatusCode();
        await SearchWait.UntilAsync(client, "q=momentum&maxPrice=35", b => SearchWait.Ids(b).Contains("fresh-1"));

        (await admin.PatchAsJsonAsync("/api/admin/products/fresh-1", new { price = 45m, name = "Sennheiser Zeppelin speaker" }, Ct)).EnsureSuccessStatusCode();

        var moved = await SearchWait.UntilAsync(client, "q=zeppelin&minPrice=40", b => SearchWait.Ids(b).Contains("fresh-1"));
        Assert.Equal(45m, moved.GetProperty("items")[0].GetProperty("price").GetDecimal());
        var old = await client.GetFromJsonAsync<JsonElement>("/api/search?q=momentum&maxPrice=35", Ct);
        Assert.DoesNotContain("fresh-1", SearchWait.Ids(old));
    }

    [Fact]
    public async Task ADelete_LeavesTheResults()
    {
        using var admin = await factory.CreateAdminClientAsync();
        using var client = factory.CreateClient();
        var body = TestProducts.Body("gone-1");
        body["name"] = "Verdwijnende vaas";
        (await admin.PostAsJsonAsync("/api/admin/products", body, Ct)).EnsureSuccessStatusCode();
        await SearchWait.UntilAsync(client, "q=vaas", b => SearchWait.Ids(b).Contains("gone-1"));
        (await admin.DeleteAsync("/api/admin/products/gone-1", Ct)).EnsureSuccessStatusCode();
        await SearchWait.UntilAsync(client, "q=vaas", b => b.GetProperty("total").GetInt64() == 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("~")]
    [InlineData("\"")]
    [InlineData("(")]
    [InlineData(":")]
    [InlineData("name:foo AND (bar OR \"baz")]
    [InlineData("*:*")]
    [InlineData("koff*e~2^10 [a TO z] {x} /regex/ \\ && || !")]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("🎁 sinterklaas 🎅")]
    [InlineData("de het een the a")]
    [InlineData("   ")]
    public async Task HostileQueries_AreAnswered_NeverA500(string q)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q) + "&category=" + Uri.EscapeDataString(q) + "&brand=" + Uri.EscapeDataString(q), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var suggest = await client.GetAsync("/api/search/suggest?q=" + Uri.EscapeDataString(q), Ct);
        Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
    }

    [Fact]
    public async Task AQueryOf500Characters_IsAnswered_And501IsRefused()
    {
        using var client = factory.CreateClient();
        var words = string.Join(' ', Enumerable.Repeat("sinterklaascadeau", 40))[..500];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(words), Ct)).StatusCode);
        var tooLong = await client.GetAsync("/api/search?q=" + new string('a', 501), Ct);
        await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadRequest, "q");
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1000&pageSize=100", "page")]
    [InlineData("minPrice=-1", "minPrice")]
    [InlineData("minPrice=cheap", "minPrice")]
    [InlineData("minPrice=20&maxPrice=10", "maxPrice")]
    [InlineData("minRating=6", "minRating")]
    [InlineData("inStock=maybe", "inStock")]
    [InlineData("sort=name", "sort")]
    public async Task BadParameters_Get400_NamingTheField(string query, string field)
    {
        using var client = factory.CreateClient();
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/search?" + query, Ct), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task TheAnswer_HasTheContractShape()
    {
        using var admin = await factory.CreateAdminClientAsync();
        using var client = factory.CreateClient();
        (await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("shape-1", price: 12.5m), Ct)).EnsureSuccessStatusCode();
        var body = await SearchWait.UntilAsync(client, "q=shape-1&brand=Sennheiser&brand=Other&inStock=true&sort=-price&page=1&pageSize=5",
            b => SearchWait.Ids(b).Contains("shape-1"));
        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Equal(5, body.GetProperty("pageSize").GetInt32());
        var facets = body.GetProperty("facets");
        Assert.Contains(facets.GetProperty("category").EnumerateArray(), c => c.GetProperty("value").GetString() == "electronics");
        Assert.Contains(facets.GetProperty("brand").EnumerateArray(), c => c.GetProperty("value").GetString() == "Sennheiser");
        Assert.Contains(facets.GetProperty("price").EnumerateArray(), p => p.GetProperty("from").GetDecimal() == 10m && p.GetProperty("to").GetDecimal() == 25m);
        Assert.Equal(["4", "3", "2", "1"], facets.GetProperty("rating").EnumerateArray().Select(r => r.GetProperty("value").GetString()));

        var suggest = await client.GetFromJsonAsync<JsonElement>("/api/search/suggest?q=sennh", Ct);
        Assert.Contains("sennheiser", suggest.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public async Task Readiness_IncludesTheSearchIndex()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 200; i++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>("/health/ready", Ct);
            if (body.GetProperty("checks").TryGetProperty("search", out var search) && search.GetProperty("status").GetString() == "Healthy")
            {
                return;
            }
            await Task.Delay(50, Ct);
        }
        Assert.Fail("The search readiness check never became healthy.");
    }
}
