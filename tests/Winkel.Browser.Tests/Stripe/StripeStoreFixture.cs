using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using Winkel.Payments.Stripe.Tests.Fake;
using Winkel.Server.Tests;

namespace Winkel.Browser.Tests.Stripe;

/// <summary>
/// A store with <c>Winkel:Payments:Provider=Stripe</c>, charging through <see cref="FakeStripe"/> on loopback.
/// Its pages get Stripe's browser side from the test (there is no internet): <see cref="NewShopperPageAsync"/>
/// serves a fake Stripe.js and its card frame for <c>https://js.stripe.com/v3/</c> and Stripe's token endpoint for
/// <c>https://api.stripe.com</c>. The store's own Content-Security-Policy stays in force, so each of those loads is
/// one the real policy allows.
/// </summary>
public sealed class StripeStoreFixture : StoreFixture
{
    /// <summary>Where the fake sends shoppers for 3-D Secure: on Stripe's host, as Stripe does.</summary>
    public const string ChallengeUrl = "https://hooks.stripe.com/3d_secure_2/hosted";

    /// <summary>Stripe's test card numbers and the payment methods Stripe.js turns them into.</summary>
    private static readonly Dictionary<string, string> TestCards = new()
    {
        ["4242424242424242"] = "pm_card_visa",
        ["4000002760003184"] = "pm_card_authenticationRequired",
        ["4000000000000002"] = "pm_card_chargeDeclined",
    };

    // The store must know its own address before it starts: Stripe sends shoppers back to it after 3-D Secure.
    private readonly int _port = UnusedPort.Pick();

    public FakeStripe Fake { get; private set; } = null!;

    protected override int Port => _port;

    protected override void ConfigureStore(IWebHostBuilder builder)
    {
        builder.UseSetting("Winkel:Catalog:DemoProductCount", "40");
        foreach (var (key, value) in Fake.StoreSettings($"http://127.0.0.1:{_port}"))
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask InitializeAsync()
    {
        Fake = await FakeStripe.StartAsync(global::Stripe.StripeConfiguration.ApiVersion);
        Fake.ChallengeUrl = ChallengeUrl;
        await base.InitializeAsync();
    }

    /// <summary>A page of a new shopper (Dutch), with Stripe's origins served by the test.</summary>
    public async Task<IPage> NewShopperPageAsync(bool javaScript = true)
    {
        var page = await NewPageAsync(javaScript: javaScript);
        var assets = Path.Combine(AppContext.BaseDirectory, "Stripe", "Assets");
        await page.RouteAsync("https://js.stripe.com/v3/**", route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = path switch { "/v3/" => "fake-stripe.js", "/v3/fake-card-frame.html" => "fake-card-frame.html", _ => null };
            return file is null ? route.FulfillAsync(new() { Status = 404 }) : route.FulfillAsync(new() { Path = Path.Combine(assets, file) });
        });
        await page.RouteAsync("https://api.stripe.com/v1/payment_methods", CreatePaymentMethodAsync);
        return page;
    }

    /// <summary>Stripe's <c>POST /v1/payment_methods</c> as Stripe.js calls it: form-encoded, with the publishable key.</summary>
    private static Task CreatePaymentMethodAsync(IRoute route)
    {
        var form = QueryHelpers.ParseQuery(route.Request.PostData);
        var number = form.TryGetValue("card[number]", out var value) ? value.ToString() : "";
        var (status, body) = form.TryGetValue("key", out var key) && key == FakeStripe.PublishableKey
            ? TestCards.TryGetValue(number, out var paymentMethod)
                ? (200, new JsonObject { ["id"] = paymentMethod, ["object"] = "payment_method", ["type"] = "card" })
                : (402, Error("card_error", "invalid_number", "Your card number is invalid."))
            : (401, Error("invalid_request_error", null, "Invalid API Key provided."));
        return route.FulfillAsync(new()
        {
            Status = status,
            ContentType = "application/json",
            Body = body.ToJsonString(),
            Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
        });
    }

    private static JsonObject Error(string type, string? code, string message) =>
        new() { ["error"] = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = message } };

    /// <summary>Delivers the fake's latest event of <paramref name="type"/> about a payment to the store's webhook, as Stripe does.</summary>
    public async Task DeliverLatestEventAsync(string paymentId, string type)
    {
        using var store = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var delivered = await FakeStripe.DeliverAsync(store, Fake.EventsFor(paymentId, type)[^1]);
        delivered.EnsureSuccessStatusCode();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
