using Microsoft.Playwright;

namespace Winkel.Browser.Tests;

public sealed class ContentSecurityPolicyTests(StoreFixture store)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/c/electronics")]
    [InlineData("/search?q=laptop")]
    [InlineData("/p/p-00000001")]
    [InlineData("/cart")]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    public async Task Page_BreaksNoContentSecurityPolicyRule_AndLoadsItsAssets(string path)
    {
        var page = await store.NewPageAsync();
        var violations = new List<string>();
        var failed = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // The suggestions script runs on input: type, so that its fetch happens under the policy too.
        await page.GetByLabel("Zoek producten").PressSequentiallyAsync("lap");
        await Assertions.Expect(page.Locator("#suggestions option[value='laptop']")).ToHaveCountAsync(1);

        Assert.Empty(violations);
        Assert.Empty(failed);
        Assert.Equal("rgb(11, 87, 208)", await page.Locator(".logo").EvaluateAsync<string>("e => getComputedStyle(e).color"));
    }
}
