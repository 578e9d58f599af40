using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Stripe;
using Winkel.Payments.Stripe.Tests.Fake;
using Winkel.Server.Tests;

namespace Winkel.Payments.Stripe.Tests.Host;

/// <summary>
/// The whole store (WebApplicationFactory, real SQLite) with <c>Winkel:Payments:Provider=Stripe</c> pointed at a
/// fake Stripe, a clock the test can move, and helpers to shop and to deliver Stripe's events as webhooks.
/// </summary>
internal sealed class StripeHost : IAsyncDisposable
{
    private readonly WinkelAppFactory _factory = new();

    private StripeHost(FakeStripe fake)
    {
        Fake = fake;
        App = _factory.WithWebHostBuilder(b =>
        {
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time));
            foreach (var (key, value) in Settings(fake))
            {
                b.UseSetting(key, value);
            }
        });
    }

    public FakeStripe Fake { get; }

    public AdjustableTime Time { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<StripeHost> StartAsync() => new(await FakeStripe.StartAsync(StripeConfiguration.ApiVersion));

    public static IEnumerable<(string Key, string Value)> Settings(FakeStripe fake) =>
    [
        .. fake.StoreSettings("https://shop.winkel.test"),
        ("Winkel:Payments:Stripe:MaxRetries", "2"),
        ("Winkel:Payments:Stripe:RetryBaseDelay", "00:00:00.001"),
        ("Winkel:Payments:Stripe:RetryMaxDelay", "00:00:00.005"),
        // The tests run the reconciliation job by hand.
        ("Winkel:Orders:ReconcileInterval", "01:00:00"),
    ];

    public HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    public Task<HttpClient> AdminAsync() => Client().AsAdminAsync();

    public async Task AddProductAsync(string id, decimal price, int stock)
    {
        using var admin = await AdminAsync();
        await AddProductAsync(admin, id, price, stock);
    }

    /// <summary>Adds a product through the admin API of any store, whatever its payment provider.</summary>
    public static async Task AddProductAsync(HttpClient admin, string id, decimal price, int stock)
    {
        var body = new Dictionary<string, object?>
        {
            ["productId"] = id,
            ["category"] = "electronics",
            ["subcategory"] = "headphones",
            ["brand"] = "Sennheiser",
            ["name"] = $"Sennheiser Momentum {id}",
            ["description"] = "Wireless headphones.",
            ["price"] = price,
            ["stock"] = stock,
            ["warehouse"] = "AMS-1",
            ["vatRate"] = "standard",
        };
        (await admin.PostAsJsonAsync("/api/admin/products", body, Ct)).EnsureSuccessStatusCode();
    }

    /// <summary>A guest with one product in the cart, checked out with <paramref name="paymentMethod"/>: (client, response).</summary>
    public async Task<(HttpClient Buyer, HttpResponseMessage Response)> CheckoutAsync(string productId, string paymentMethod, int quantity = 1)
    {
        var buyer = Client();
        var added = await buyer.PostAsJsonAsync("/api/cart/items", new { productId, quantity }, Ct);
        added.EnsureSuccessStatusCode();
        buyer.DefaultRequestHeaders.Add("X-Cart-Token", added.Headers.GetValues("X-Cart-Token").Single());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = JsonContent.Create(new
            {
                shippingAddress = new { name = "Anna de Vries", street = "Damrak 1", postalCode = "1012 LG", city = "Amsterdam", country = "NL" },
                email = "anna@example.nl",
                paymentMethod,
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return (buyer, await buyer.SendAsync(request, Ct));
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    public static async Task<JsonElement> OrderAsync(HttpClient buyer, string orderId) =>
        await buyer.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}", Ct);

    /// <summary>Posts <paramref name="evt"/> to the webhook as Stripe would: raw JSON, signed now (or as given).</summary>
    public async Task<HttpResponseMessage> DeliverAsync(JsonObject evt, Func<string, string>? sign = null)
    {
        using var client = Client();
        return await FakeStripe.DeliverAsync(client, evt, sign, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _factory.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
