using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Winkel.Server.Tests.Catalog;

namespace Winkel.Server.Tests.Storefront;

/// <summary>The storefront's HTML as a crawler and a CDN see it: SEO tags, JSON-LD, cache headers, sitemap.</summary>
public sealed partial class StorefrontPageTests(WinkelAppFactory factory) : IClassFixture<WinkelAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProductPage_HasSeoTagsCanonicalAndOpenGraph_FromTheProductsSeoFields()
    {
        await CreateAsync("seo-1", price: 1299.99m);

        var html = await Client().GetStringAsync("/p/seo-1", Ct);

        Assert.Equal("Sennheiser Momentum", Title(html));
        Assert.Equal("Buy now", Meta(html, "name", "description"));
        Assert.Equal("http://localhost/p/seo-1", Link(html, "canonical"));
        Assert.Equal("Sennheiser Momentum", Meta(html, "property", "og:title"));
        Assert.Equal("product", Meta(html, "property", "og:type"));
        Assert.Equal("http://localhost/p/seo-1", Meta(html, "property", "og:url"));
        Assert.Equal("http://localhost/media/products/seo-1/1.jpg", Meta(html, "property", "og:image"));
        Assert.Contains("€ 1.299,99", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_CarriesValidProductJsonLd_WithOfferPriceAndAvailability()
    {
        await CreateAsync("ld-1", price: 24.5m, stock: 0);

        var html = await Client().GetStringAsync("/p/ld-1", Ct);

        var blocks = JsonLdBlocks().Matches(html);
        var block = Assert.Single(blocks);
        using var json = JsonDocument.Parse(WebUtility.HtmlDecode(block.Groups[1].Value));
        var product = json.RootElement;
        Assert.Equal("https://schema.org", product.GetProperty("@context").GetString());
        Assert.Equal("Product", product.GetProperty("@type").GetString());
        Assert.Equal("Sennheiser Momentum ld-1", product.GetProperty("name").GetString());
        Assert.Equal("ld-1", product.GetProperty("sku").GetString());
        Assert.Equal("Sennheiser", product.GetProperty("brand").GetProperty("name").GetString());
        var offer = product.GetProperty("offers");
        Assert.Equal("Offer", offer.GetProperty("@type").GetString());
        Assert.Equal("24.50", offer.GetProperty("price").GetString());
        Assert.Equal("EUR", offer.GetProperty("priceCurrency").GetString());
        Assert.Equal("https://schema.org/OutOfStock", offer.GetProperty("availability").GetString());
        Assert.Equal("http://localhost/p/ld-1", offer.GetProperty("url").GetString());
        Assert.Equal(120, product.GetProperty("aggregateRating").GetProperty("reviewCount").GetInt32());
    }

    [Theory]
    [InlineData("/", "public, max-age=900")]
    [InlineData("/p/cache-1", "public, max-age=900")]
    [InlineData("/c/electronics", "public, max-age=900")]
    [InlineData("/search?q=momentum", "public, max-age=900")]
    [InlineData("/cart", "private, no-store")]
    [InlineData("/account/sign-in", "private, no-store")]
    [InlineData("/p/no-such-product", "no-store")]
    public async Task Page_SendsCacheControlOfItsClass(string path, string cacheControl)
    {
        await CreateAsync("cache-1");

        var response = await Client().GetAsync(path, Ct);

        Assert.Equal(Directives(cacheControl), Directives(response.Headers.CacheControl?.ToString()));
        if (cacheControl.StartsWith("public", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["Accept-Language", "Cookie"], response.Headers.Vary);
            Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie");
        }
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/admin")]
    [InlineData("/admin/orders")]
    public async Task PrivatePage_SendsTheVisitorToSignIn_WhenNotSignedIn(string path)
    {
        var response = await Client().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/sign-in?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.PathAndQuery);
        Assert.Equal(Directives("private, no-store"), Directives(response.Headers.CacheControl?.ToString()));
    }

    [Fact]
    public async Task ProductPage_IsNotFound_WhenTheProductDoesNotExist()
    {
        var response = await Client().GetAsync("/p/does-not-exist", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze pagina bestaat niet (meer).", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_IsEnglish_FromAcceptLanguage_AndTheChosenCookieWins()
    {
        await CreateAsync("lang-1", price: 1299.99m);
        var client = Client();

        using var english = new HttpRequestMessage(HttpMethod.Get, "/p/lang-1") { Headers = { { "Accept-Language", "en-US,en;q=0.9" } } };
        var englishHtml = await (await client.SendAsync(english, Ct)).Content.ReadAsStringAsync(Ct);
        using var chosen = new HttpRequestMessage(HttpMethod.Get, "/p/lang-1")
        {
            Headers = { { "Accept-Language", "en-US" }, { "Cookie", "winkel_lang=c%3Dnl%7Cuic%3Dnl" } },
        };
        var chosenHtml = await (await client.SendAsync(chosen, Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("<html lang=\"en\">", englishHtml, StringComparison.Ordinal);
        Assert.Contains("€1,299.99", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Add to cart", englishHtml, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", chosenHtml, StringComparison.Ordinal);
        Assert.Contains("In winkelwagen", chosenHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageLink_RemembersTheChoice_AndReturnsToThePage()
    {
        var response = await Client().GetAsync("/language/en?returnUrl=%2Fp%2Fx-1", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/p/x-1", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("winkel_lang=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LanguageLink_StaysOnTheSite_WhenTheReturnUrlPointsElsewhere()
    {
        var response = await Client().GetAsync("/language/en?returnUrl=%2F%2Fevil.example%2F", Ct);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sitemap_IndexesPagedFiles_ThatListEveryProductAndCategory()
    {
        await CreateAsync("map-1", category: "books");
        await CreateAsync("map-2", category: "electronics");
        var client = Client();

        var index = await client.GetStringAsync("/sitemap.xml", Ct);
        var products = await client.GetStringAsync("/sitemaps/products-1.xml", Ct);
        var categories = await client.GetStringAsync("/sitemaps/categories.xml", Ct);
        var robots = await client.GetStringAsync("/robots.txt", Ct);

        Assert.Contains("<loc>http://localhost/sitemaps/products-1.xml</loc>", index, StringComparison.Ordinal);
        Assert.Contains("<loc>http://localhost/sitemaps/categories.xml</loc>", index, StringComparison.Ordinal);
        Assert.Contains("<loc>http://localhost/p/map-1</loc>", products, StringComparison.Ordinal);
        Assert.Contains("<loc>http://localhost/p/map-2</loc>", products, StringComparison.Ordinal);
        Assert.Contains("<loc>http://localhost/c/books</loc>", categories, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /checkout", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_WeighsUnder100KB_WithItsStylesheetAndScript()
    {
        await CreateAsync("weight-1");
        var client = Client();

        var html = await client.GetStringAsync("/p/weight-1", Ct);
        var assets = AssetLinks().Matches(html).Select(m => m.Groups[1].Value).ToList();
        long total = System.Text.Encoding.UTF8.GetByteCount(html);
        foreach (var asset in assets)
        {
            total += (await client.GetByteArrayAsync(asset, Ct)).Length;
        }

        Assert.Equal(2, assets.Count);
        Assert.All(assets, a => Assert.Matches(@"^/(css|js)/site\.[a-z0-9]+\.(css|js)$", a));
        Assert.InRange(total, 1, 100 * 1024);
    }

    [Fact]
    public async Task ProductImage_IsAGeneratedSvg_ThatIsTheSameEachTime()
    {
        var client = Client();

        var first = await client.GetAsync("/media/products/p-00000001/1.jpg", Ct);
        var again = await client.GetStringAsync("/media/products/p-00000001/1.jpg", Ct);

        Assert.Equal("image/svg+xml", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), again);
        Assert.StartsWith("<svg", again, StringComparison.Ordinal);
    }

    /// <summary>Cache-Control directives in a fixed order, as HttpClient reorders them.</summary>
    private static string[] Directives(string? header) =>
        [.. (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task CreateAsync(string id, string category = "electronics", decimal price = 19.99m, int stock = 10)
    {
        var admin = await factory.CreateAdminClientAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body(id, category, price, stock), Ct);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict, $"create {id}: {response.StatusCode}");
    }

    private static string? Title(string html) => TitleTag().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static string? Meta(string html, string attribute, string name) =>
        Regex.Match(html, $"<meta {attribute}=\"{Regex.Escape(name)}\" content=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static string? Link(string html, string rel) =>
        Regex.Match(html, $"<link rel=\"{rel}\" href=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleTag();

    [GeneratedRegex("<script type=\"application/ld(?:\\+|&#x2B;)json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlocks();

    [GeneratedRegex("(?:href|src)=\"(/(?:css|js)/[^\"]+)\"")]
    private static partial Regex AssetLinks();
}
