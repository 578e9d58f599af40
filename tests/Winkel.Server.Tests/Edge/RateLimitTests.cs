using System.Net;
using System.Net.Http.Json;

namespace Winkel.Server.Tests.Edge;

public sealed class RateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class TightLimits : WinkelAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Winkel:RateLimit:PermitsPerSecond"] = "1",
            ["Winkel:RateLimit:Burst"] = "20",
            ["Winkel:RateLimit:StrictPermitsPerMinute"] = "1",
            ["Winkel:RateLimit:StrictBurst"] = "3",
        };
    }

    [Fact]
    public async Task ABurstOverTheLimit_Gets429ProblemsWithRetryAfter_ThatNoCacheKeeps()
    {
        await using var factory = new TightLimits();
        using var client = factory.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.GetAsync("/api/categories", Ct)));

        Assert.Equal(20, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(20, limited.Count);
        foreach (var response in limited)
        {
            Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            Assert.True(response.Headers.CacheControl?.NoStore);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests);
        }
    }

    [Fact]
    public async Task SignIn_IsLimitedMoreStrictly_ThanReads()
    {
        await using var factory = new TightLimits();
        using var client = factory.CreateClient();

        var logins = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            logins.Add(await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.nl", password = "wrong-password-1" }, Ct));
        }
        var read = await client.GetAsync("/api/categories", Ct);

        Assert.All(logins.Take(3), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.All(logins.Skip(3), r => Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode));
        Assert.True(logins[^1].Headers.RetryAfter?.Delta > TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}
