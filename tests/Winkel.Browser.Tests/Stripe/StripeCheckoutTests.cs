using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Winkel.Payments.Stripe.Tests.Fake;

namespace Winkel.Browser.Tests.Stripe;

/// <summary>
/// The checkout page with the Stripe provider, in Chromium under the store's own Content-Security-Policy:
/// Stripe.js from js.stripe.com, the card in its frame, the pm_… token posted with the form.
/// </summary>
public sealed class StripeCheckoutTests(StripeStoreFixture store) : IClassFixture<StripeStoreFixture>
{
    private const string PlaceOrder = "Bestellen en betalen";

    /// <summary>
    /// A page with one product in the cart and the address filled in, at the checkout; the page's CSP complaints
    /// and the addresses of its requests are collected.
    /// </summary>
    private async Task<(IPage Page, List<string> Violations, List<string> Requests)> CheckoutAsync(bool javaScript = true)
    {
        var page = await store.NewShopperPageAsync(javaScript);
        var violations = new List<string>();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add($"{request.Method} {request.Url}");
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync("/p/p-00000003");
        await PurchaseTests.AddToCartAsync(page, screenshot: false);
        await page.GotoAsync("/checkout");
        await PurchaseTests.FillAddressAsync(page, guestEmail: "gast@example.nl");
        return (page, violations, requests);
    }

    private static ILocator CardNumber(IPage page) =>
        page.FrameLocator("#card-field iframe").GetByLabel("Card number");

    [Fact]
    public async Task CardPurchase_EndsOnThePaidOrder_WhenStripeJsGivesAToken()
    {
        var (page, violations, requests) = await CheckoutAsync();

        await Assertions.Expect(page.Locator("#card-needs-script")).ToBeHiddenAsync();
        await CardNumber(page).FillAsync("4242 4242 4242 4242");
        await StoreFixture.ScreenshotAsync(page, "checkout-stripe");
        var mounted = await page.EvaluateAsync<JsonElement>("() => window.fakeStripe");
        await page.GetByRole(AriaRole.Button, new() { Name = PlaceOrder }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bedankt voor je bestelling!" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Betaald");
        var orderId = await page.GetByTestId("order-id").TextContentAsync();
        var intent = store.Fake.RequestsTo("POST", "/v1/payment_intents").Last(r => r.Parameters["metadata[orderId]"] == orderId);
        Assert.Equal("pm_card_visa", intent.Parameters["payment_method"]);
        Assert.Equal(FakeStripe.PublishableKey, mounted.GetProperty("key").GetString());
        Assert.Equal(intent.Parameters["amount"], mounted.GetProperty("options").GetProperty("amount").GetInt64().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(("eur", "nl"), (mounted.GetProperty("options").GetProperty("currency").GetString(), mounted.GetProperty("options").GetProperty("locale").GetString()));
        Assert.Contains("GET https://js.stripe.com/v3/", requests);
        Assert.Contains(requests, r => r.StartsWith($"GET {store.BaseUrl}/js/stripe-checkout", StringComparison.Ordinal));
        Assert.Contains("POST https://api.stripe.com/v1/payment_methods", requests);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task StripeJsError_ShowsTheMessageByTheCard_AndPlacesNoOrder()
    {
        var (page, violations, requests) = await CheckoutAsync();
        var intents = store.Fake.IntentCount;

        await CardNumber(page).FillAsync("4242 4242 4242 4241");
        await page.GetByRole(AriaRole.Button, new() { Name = PlaceOrder }).ClickAsync();

        await Assertions.Expect(page.Locator("#card-error")).ToHaveTextAsync("Your card number is invalid.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = PlaceOrder })).ToBeEnabledAsync();
        Assert.EndsWith("/checkout", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain($"POST {store.BaseUrl}/checkout", requests);
        Assert.Equal(intents, store.Fake.IntentCount);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task ThreeDSecure_SendsTheShopperToStripe_AndThePaidOrderAfterTheWebhook()
    {
        var (page, violations, _) = await CheckoutAsync();

        await CardNumber(page).FillAsync("4000 0027 6000 3184");
        var challenge = page.WaitForRequestAsync(r => r.Url.StartsWith(StripeStoreFixture.ChallengeUrl + "/pi_", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = PlaceOrder }).ClickAsync();

        // The form's answer is a redirect to Stripe's page. Without form-action https://hooks.stripe.com Chromium
        // blocks it and never asks for the page; with it, Chromium goes for Stripe's host (which, without internet,
        // it cannot reach: a Playwright route does not catch a redirect inside the tests' network namespace).
        var redirected = await challenge;
        Assert.Equal($"{store.BaseUrl}/checkout", redirected.RedirectedFrom?.Url);
        var paymentId = redirected.Url[(redirected.Url.LastIndexOf('/') + 1)..];
        var back = store.Fake.CompleteChallenge(paymentId, approve: true);
        await store.DeliverLatestEventAsync(paymentId, "payment_intent.succeeded");
        // Stripe's return, in a tab of the same shopper: the first tab may still be showing its failed load.
        var returned = await page.Context.NewPageAsync();
        await returned.GotoAsync(back);

        Assert.StartsWith(store.BaseUrl + "/orders/", returned.Url, StringComparison.Ordinal);
        await Assertions.Expect(returned.GetByTestId("order-status")).ToHaveTextAsync("Betaald");
        Assert.Empty(violations);
    }

    [Fact]
    public async Task CheckoutWithoutJavaScript_SaysCardPaymentNeedsIt_AndChargesNothing()
    {
        var (page, _, _) = await CheckoutAsync(javaScript: false);
        var intents = store.Fake.IntentCount;

        await Assertions.Expect(page.GetByText("Betalen met je kaart werkt alleen met JavaScript")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = PlaceOrder }).ClickAsync();

        await Assertions.Expect(page.Locator("fieldset.choices .validation-message")).ToHaveTextAsync("Dit veld is verplicht.");
        Assert.Equal(intents, store.Fake.IntentCount);
    }
}
