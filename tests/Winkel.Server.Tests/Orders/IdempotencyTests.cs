using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Winkel.Server.Tests.Orders;

public sealed class IdempotencyTests : IAsyncLifetime
{
    private readonly OrdersHost _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.AddProductAsync("idem", 7.50m, stock: 50);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task TheSameKeyAndBody_ReplaysTheFirstResponse_AndPlacesOneOrder()
    {
        using var guest = await _host.GuestWithCartAsync(("idem", 2));

        var first = await OrdersHost.CheckoutAsync(guest, key: "order-attempt-1");
        await guest.PostAsJsonAsync("/api/cart/items", new { productId = "idem", quantity = 1 }, Ct);
        var second = await OrdersHost.CheckoutAsync(guest, key: "order-attempt-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal(48, await _host.StockAsync("idem"));
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBody_Gets422()
    {
        using var guest = await _host.GuestWithCartAsync(("idem", 1));
        await OrdersHost.CheckoutAsync(guest, key: "reused");
        await guest.PostAsJsonAsync("/api/cart/items", new { productId = "idem", quantity = 1 }, Ct);

        var response = await OrdersHost.CheckoutAsync(guest, OrdersHost.Body("pm_card_mastercard"), key: "reused");

        await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
        Assert.Equal(49, await _host.StockAsync("idem"));
    }

    [Fact]
    public async Task ConcurrentDuplicates_PlaceOneOrder_AndTheRestReplayItOrAreToldItIsInFlight()
    {
        using var guest = await _host.GuestWithCartAsync(("idem", 1));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => OrdersHost.CheckoutAsync(guest, key: "double-click")));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        var orderIds = new HashSet<string?>();
        foreach (var created in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            orderIds.Add((await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("orderId").GetString());
        }
        Assert.Single(orderIds);
        Assert.Equal(49, await _host.StockAsync("idem"));
        var orders = await guest.GetFromJsonAsync<JsonElement>("/api/orders", Ct);
        Assert.Equal(1, orders.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task KeysAreScopedToTheCaller()
    {
        using var first = await _host.GuestWithCartAsync(("idem", 1));
        using var second = await _host.GuestWithCartAsync(("idem", 1));

        var a = await OrdersHost.CheckoutAsync(first, key: "same-key");
        var b = await OrdersHost.CheckoutAsync(second, key: "same-key");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (a.StatusCode, b.StatusCode));
        Assert.Equal(48, await _host.StockAsync("idem"));
    }
}
