using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Server.Tests.Catalog;

namespace Winkel.Server.Tests.Orders;

/// <summary>A store with products, an admin, and shoppers with carts; for the checkout tests.</summary>
internal sealed class OrdersHost : IAsyncDisposable
{
    private readonly WinkelAppFactory _factory = new();

    public OrdersHost(params (string Key, string Value)[] settings) =>
        App = _factory.WithWebHostBuilder(b =>
        {
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time));
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    public AdjustableTime Time { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static object Address(string country = "NL", string postalCode = "1012 LG") =>
        new { name = "Anna de Vries", street = "Damrak 1", postalCode, city = "Amsterdam", country };

    public static object Body(string paymentMethod = "pm_card_visa", string? email = "anna@example.nl") =>
        new { shippingAddress = Address(), email, paymentMethod };

    public Task<HttpClient> AdminAsync() => NewClient().AsAdminAsync();

    public async Task AddProductAsync(string id, decimal price, int stock, string vatRate = "standard")
    {
        using var admin = await AdminAsync();
        var body = TestProducts.Body(id, price: price, stock: stock);
        body["vatRate"] = vatRate;
        (await admin.PostAsJsonAsync("/api/admin/products", body, Ct)).EnsureSuccessStatusCode();
    }

    public async Task<int> StockAsync(string id)
    {
        using var client = App.CreateClient();
        return (await client.GetFromJsonAsync<JsonElement>($"/api/products/{id}", Ct)).GetProperty("stock").GetInt32();
    }

    /// <summary>A guest whose cart holds the given lines (the cart token is on the client).</summary>
    public async Task<HttpClient> GuestWithCartAsync(params (string ProductId, int Quantity)[] lines)
    {
        var client = NewClient();
        foreach (var (productId, quantity) in lines)
        {
            var added = await client.PostAsJsonAsync("/api/cart/items", new { productId, quantity }, Ct);
            added.EnsureSuccessStatusCode();
            if (!client.DefaultRequestHeaders.Contains("X-Cart-Token"))
            {
                client.DefaultRequestHeaders.Add("X-Cart-Token", added.Headers.GetValues("X-Cart-Token").Single());
            }
        }
        return client;
    }

    /// <summary>A newly registered, signed-in customer.</summary>
    public Task<HttpClient> CustomerAsync() => NewClient().AsNewCustomerAsync();

    private HttpClient NewClient() => App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    public static async Task<HttpResponseMessage> CheckoutAsync(HttpClient client, object? body = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(body ?? Body()) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return await client.SendAsync(request, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
