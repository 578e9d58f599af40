using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Server.Tests.Catalog;

namespace Winkel.Server.Tests.Edge;

public sealed class EdgeHeaderTests(WinkelAppFactory factory) : IClassFixture<WinkelAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private async Task<HttpClient> ClientWithProductAsync(string id)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body(id), Ct);
        Assert.True(created.IsSuccessStatusCode || created.StatusCode == HttpStatusCode.Conflict);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
    }

    [Theory]
    [InlineData("/api/categories")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/health/live")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path, Ct);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal(Csp, Header(response, "Content-Security-Policy"));
        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductDetail_IsPubliclyCacheableWithAStrongETag()
    {
        using var client = await ClientWithProductAsync("hdr-1");

        var response = await client.GetAsync("/api/products/hdr-1", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=60", Header(response, "Cache-Control"));
        Assert.False(response.Headers.ETag!.IsWeak);
    }

    [Theory]
    [InlineData("/api/products/hdr-2")]
    [InlineData("/api/products?category=electronics")]
    [InlineData("/api/categories")]
    public async Task CatalogReads_Answer304_WhenIfNoneMatchNamesTheirETag(string path)
    {
        using var client = await ClientWithProductAsync("hdr-2");
        var first = await client.GetAsync(path, Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task CartAndOrders_AreNeverCached()
    {
        using var customer = await factory.CreateCustomerClientAsync();

        var cart = await customer.GetAsync("/api/cart", Ct);
        var orders = await customer.GetAsync("/api/orders", Ct);
        var me = await customer.GetAsync("/api/me", Ct);

        Assert.Equal("private, no-store", Header(cart, "Cache-Control"));
        Assert.Equal("private, no-store", Header(orders, "Cache-Control"));
        Assert.Equal("private, no-store", Header(me, "Cache-Control"));
    }

    [Theory]
    [InlineData("/api/products/no-such-product")]
    [InlineData("/api/products?limit=abc")]
    [InlineData("/api/admin/products")]
    [InlineData("/no-such-page")]
    public async Task ErrorResponses_AreNotCacheable(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path, Ct);

        Assert.True((int)response.StatusCode >= 400);
        Assert.Equal("no-store", Header(response, "Cache-Control"));
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task ServerError_IsNotCacheable_AndIsAProblemOnApi_AndAPageInABrowser()
    {
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new ThrowingRoutes())));
        using var client = app.CreateClient();
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/boom");
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var api = await client.GetAsync("/api/boom", Ct);
        var page = await client.SendAsync(browser, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", Header(api, "Cache-Control"));
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", Header(page, "Cache-Control"));
        Assert.Contains("Something went wrong", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_IsAFriendlyHtmlPage_ForABrowser_AndAProblemOnApi()
    {
        using var client = factory.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        page.Headers.Accept.ParseAdd("text/html");
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/no-such-thing");
        api.Headers.Accept.ParseAdd("text/html");

        var html = await client.SendAsync(page, Ct);
        var problem = await client.SendAsync(api, Ct);

        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var body = await html.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", body, StringComparison.OrdinalIgnoreCase);
        await ProblemAssert.IsProblemAsync(problem, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("br", "-br\"")]
    [InlineData("gzip", "-gz\"")]
    public async Task TextResponses_AreCompressed_AndTheirETagNamesTheCoding(string coding, string suffix)
    {
        using var client = await ClientWithProductAsync("zip-" + coding);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/products?category=electronics");
        request.Headers.AcceptEncoding.ParseAdd(coding);

        var response = await client.SendAsync(request, Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/products?category=electronics");
        again.Headers.AcceptEncoding.ParseAdd(coding);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var revalidated = await client.SendAsync(again, Ct);

        Assert.Equal(coding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.EndsWith(suffix, response.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("css/site", "css")]
    [InlineData("js/site", "js")]
    public async Task StaticAssets_AreFingerprinted_AndCachedForAYear(string name, string extension)
    {
        using var client = factory.CreateClient();
        var page = await client.GetStringAsync("/", Ct);
        var url = System.Text.RegularExpressions.Regex.Match(page, $"\"(/{name}\\.[a-z0-9]+\\.{extension})\"").Groups[1].Value;

        var asset = await client.GetAsync(url, Ct);

        Assert.NotEqual("", url);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("max-age=31536000, immutable", Header(asset, "Cache-Control"));
    }

    [Fact]
    public async Task PostToAnUnknownPath_IsNotFound_NotMethodNotAllowed()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/no-such-page", new StringContent(""), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    /// <summary>Adds routes that throw, to see the 500 answers.</summary>
    private sealed class ThrowingRoutes : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapGet("/api/boom", (HttpContext _) => ThrowIt());
                endpoints.MapGet("/boom", (HttpContext _) => ThrowIt());
            });
        };

        private static string ThrowIt() => throw new InvalidOperationException("boom");
    }
}
