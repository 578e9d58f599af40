using System.Net;

namespace Winkel.Server.Tests.Edge;

public sealed class GeoAllowListTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class BeneluxOnly : WinkelAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Winkel:Geo:AllowedCountries:0"] = "NL",
            ["Winkel:Geo:AllowedCountries:1"] = "BE",
            ["Winkel:Geo:AllowedCountries:2"] = "LU",
        };
    }

    [Theory]
    [InlineData("NL", HttpStatusCode.OK)]
    [InlineData("be", HttpStatusCode.OK)]
    [InlineData("DE", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.OK)]
    public async Task Country_IsLetIn_OnlyWhenOnTheAllowList(string? country, HttpStatusCode expected)
    {
        await using var factory = new BeneluxOnly();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/categories");
        if (country is not null)
        {
            request.Headers.Add("CloudFront-Viewer-Country", country);
        }

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.True(response.Headers.CacheControl?.NoStore);
        }
    }

    [Fact]
    public async Task Everyone_IsLetIn_ByDefault()
    {
        await using var factory = new WinkelAppFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/categories");
        request.Headers.Add("CloudFront-Viewer-Country", "US");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request, Ct)).StatusCode);
    }
}
