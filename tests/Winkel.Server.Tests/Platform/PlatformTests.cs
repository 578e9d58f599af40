using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Winkel.Server.Tests.Platform;

public sealed class PlatformTests(WinkelAppFactory factory) : IClassFixture<WinkelAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("{\"email\":")]
    [InlineData("{\"email\":\"a@example.nl\",}")]
    [InlineData("not json at all")]
    public async Task MalformedJson_Returns400Problem_NamingTheBody(string json)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/auth/register", Json(json), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnArrayWhereAnObjectBelongs_Returns400Problem_NamingTheBody()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var response = await admin.PostAsync("/api/admin/products", Json("[1,2,3]"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task MissingBody_Returns400Problem()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/auth/login", Json(""), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task WrongContentType_Returns415Problem()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/auth/login", new StringContent("email=a", Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task BodyOverOneMegabyte_Returns413Problem()
    {
        using var client = factory.CreateClient();
        var huge = JsonSerializer.Serialize(new { email = "a@example.nl", password = "long-enough-pw", name = new string('x', 1_100_000) });

        var response = await client.PostAsync("/api/auth/register", Json(huge), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ChunkedBodyOverOneMegabyte_Returns413Problem()
    {
        using var client = factory.CreateClient();
        var huge = JsonSerializer.Serialize(new { email = "a@example.nl", password = "long-enough-pw", name = new string('x', 1_100_000) });
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/register") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404Problem()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/no-such-thing", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WrongMethod_Returns405Problem()
    {
        using var client = factory.CreateClient();

        var response = await client.DeleteAsync("/api/categories", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        using var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/products", "/api/products/{productId}", "/api/categories", "/api/admin/products", "/api/auth/login", "/api/me" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI document lacks {path}");
        }
    }

    [Fact]
    public async Task Docs_ServesTheReferenceUi()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/docs", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var script = await client.GetAsync("/docs/scalar.js", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task HealthLive_Returns200()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HealthReady_ChecksTheStore()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await Readiness.SettledAsync(client, Ct));

        var response = await client.GetAsync("/health/ready", Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
    }
}

public sealed class ReadinessTests
{
    [Fact]
    public async Task HealthReady_Returns503NamingTheFailingPart_WhileHealthLiveStays200()
    {
        await using var factory = new WinkelAppFactory();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddHealthChecks()
            .AddCheck("search-index", () => HealthCheckResult.Unhealthy("index is 90 s behind"), ["ready"])));
        using var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("search-index").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
