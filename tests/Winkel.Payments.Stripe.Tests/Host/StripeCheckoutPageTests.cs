using System.Net.Http.Json;
using Winkel.Payments.Stripe.Tests.Fake;
using Winkel.Server.Tests;

namespace Winkel.Payments.Stripe.Tests.Host;

/// <summary>What the checkout page and the Content-Security-Policy hold with each provider (docs/payments.md).</summary>
public sealed class StripeCheckoutPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What the Stripe provider adds to the policy, directive by directive: exactly this, nothing else.</summary>
    private static readonly Dictionary<string, string[]> StripeSources = new()
    {
        ["script-src"] = ["https://js.stripe.com", "https://*.js.stripe.com"],
        ["frame-src"] = ["https://js.stripe.com", "https://*.js.stripe.com"],
        ["connect-src"] = ["https://api.stripe.com"],
        ["form-action"] = ["https://hooks.stripe.com"],
    };

    /// <summary>The checkout page of a guest with one product in the cart.</summary>
    private static async Task<string> CheckoutPageAsync(HttpClient client)
    {
        var added = await client.PostAsJsonAsync("/api/cart/items", new { productId = "koptelefoon", quantity = 1 }, Ct);
        added.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/checkout");
        request.Headers.Add("X-Cart-Token", added.Headers.GetValues("X-Cart-Token").Single());
        request.Headers.AcceptLanguage.ParseAdd("en");
        var page = await client.SendAsync(request, Ct);
        page.EnsureSuccessStatusCode();
        return await page.Content.ReadAsStringAsync(Ct);
    }

    private static async Task<Dictionary<string, string[]>> PolicyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health/live", Ct);
        return response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);
    }

    /// <summary>The sources a directive allows: its own, or default-src's for a fetch directive it does not name.</summary>
    private static string[] Allowed(Dictionary<string, string[]> policy, string directive) =>
        policy.TryGetValue(directive, out var sources) ? sources : directive.EndsWith("-src", StringComparison.Ordinal) ? policy["default-src"] : [];

    [Fact]
    public async Task CheckoutPage_MountsStripeJsWithThePublishableKey_AndNoTestMethods_WhenTheProviderIsStripe()
    {
        await using var host = await StripeHost.StartAsync();
        await host.AddProductAsync("koptelefoon", 30m, stock: 5);
        using var client = host.Client();

        var page = await CheckoutPageAsync(client);

        Assert.Contains("<script src=\"https://js.stripe.com/v3/\"></script>", page, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/js/stripe-checkout[^\"]*\\.js\" defer></script>", page);
        Assert.Contains($"data-stripe-key=\"{FakeStripe.PublishableKey}\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"card-field\"", page, StringComparison.Ordinal);
        Assert.Contains("data-amount=\"3000\" data-currency=\"eur\"", page, StringComparison.Ordinal);
        Assert.Matches("<input type=\"hidden\" name=\"Input.PaymentMethod\" value(=\"\")? ?/?>", page);
        Assert.Contains("<p id=\"card-needs-script\" class=\"notice bad\">Paying by card needs JavaScript", page, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"radio\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("pm_card_", page, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeStripe.SecretKey, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckoutPage_KeepsTheTestMethodsAndLoadsNothingFromStripe_WhenTheProviderIsTest()
    {
        await using var factory = new WinkelAppFactory();
        using (var admin = await factory.CreateClient().AsAdminAsync())
        {
            await StripeHost.AddProductAsync(admin, "koptelefoon", 30m, stock: 5);
        }
        using var client = factory.CreateClient();

        var page = await CheckoutPageAsync(client);

        Assert.Contains("type=\"radio\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"pm_card_visa\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"pm_card_authenticationRequired\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("stripe", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("card-field", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentSecurityPolicy_AddsExactlyStripesSources_WhenTheProviderIsStripe_AndNoneWithTheTestProvider()
    {
        await using var host = await StripeHost.StartAsync();
        await using var testStore = new WinkelAppFactory();
        using var stripeClient = host.Client();
        using var testClient = testStore.CreateClient();

        var withStripe = await PolicyAsync(stripeClient);
        var withTest = await PolicyAsync(testClient);

        var added = withStripe.Keys.Union(withTest.Keys)
            .Select(d => (Directive: d, Sources: Allowed(withStripe, d).Except(Allowed(withTest, d)).ToArray()))
            .Where(d => d.Sources.Length > 0)
            .ToDictionary(d => d.Directive, d => d.Sources);
        var removed = withTest.Keys.SelectMany(d => Allowed(withTest, d).Except(Allowed(withStripe, d)));
        Assert.Equal(StripeSources, added);
        Assert.Empty(removed);
        Assert.DoesNotContain(withTest.Values.SelectMany(s => s), s => s.Contains("stripe", StringComparison.Ordinal));
        Assert.DoesNotContain(withStripe.Values.SelectMany(s => s), s => s.Contains("unsafe", StringComparison.Ordinal));
    }
}
