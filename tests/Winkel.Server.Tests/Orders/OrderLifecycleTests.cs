using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Orders.Orders;

namespace Winkel.Server.Tests.Orders;

public sealed class OrderLifecycleTests : IAsyncLifetime
{
    private readonly OrdersHost _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.AddProductAsync("life", 30m, stock: 20);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<(HttpClient Buyer, string OrderId)> PlacedAsync(string method = "pm_card_visa", int quantity = 1)
    {
        var buyer = await _host.GuestWithCartAsync(("life", quantity));
        var order = await (await OrdersHost.CheckoutAsync(buyer, OrdersHost.Body(method))).Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (buyer, order.GetProperty("orderId").GetString()!);
    }

    [Fact]
    public async Task Cancel_BeforeShipment_RefundsThePayment_AndReturnsTheStock()
    {
        var (buyer, orderId) = await PlacedAsync(quantity: 2);

        var cancelled = await buyer.PostAsync($"/api/orders/{orderId}/cancel", null, Ct);
        var order = await cancelled.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", order.GetProperty("status").GetString());
        Assert.Equal(30m * 2, order.GetProperty("refunded").GetDecimal());
        Assert.Equal(20, await _host.StockAsync("life"));
        buyer.Dispose();
    }

    [Fact]
    public async Task Cancel_AfterShipment_Returns409()
    {
        var (buyer, orderId) = await PlacedAsync();
        using var admin = await _host.AdminAsync();

        var shipped = await admin.PostAsJsonAsync($"/api/admin/orders/{orderId}/ship", new { carrier = "PostNL", trackingCode = "3SABC123" }, Ct);
        var cancel = await buyer.PostAsync($"/api/orders/{orderId}/cancel", null, Ct);

        var order = await shipped.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("shipped", order.GetProperty("status").GetString());
        Assert.Equal("PostNL", order.GetProperty("shipment").GetProperty("carrier").GetString());
        await ProblemAssert.IsProblemAsync(cancel, HttpStatusCode.Conflict);
        Assert.Equal(19, await _host.StockAsync("life"));
        buyer.Dispose();
    }

    [Fact]
    public async Task Refund_PartThenTheRest_MovesTheOrderToRefundedOnlyAtTheEnd()
    {
        var (buyer, orderId) = await PlacedAsync(quantity: 1);
        using var admin = await _host.AdminAsync();

        var part = await (await admin.PostAsJsonAsync($"/api/admin/orders/{orderId}/refund", new { amount = 10m }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var tooMuch = await admin.PostAsJsonAsync($"/api/admin/orders/{orderId}/refund", new { amount = 100m }, Ct);
        var rest = await (await admin.PostAsJsonAsync($"/api/admin/orders/{orderId}/refund", new { }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var again = await admin.PostAsJsonAsync($"/api/admin/orders/{orderId}/refund", new { }, Ct);

        Assert.Equal(("paid", 10m), (part.GetProperty("status").GetString(), part.GetProperty("refunded").GetDecimal()));
        Assert.Equal((HttpStatusCode)422, tooMuch.StatusCode);
        Assert.Equal(("refunded", 30m), (rest.GetProperty("status").GetString(), rest.GetProperty("refunded").GetDecimal()));
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        buyer.Dispose();
    }

    [Fact]
    public async Task AdminOrderActions_NeedTheAdminRole()
    {
        var (buyer, orderId) = await PlacedAsync();

        var asGuest = await buyer.PostAsJsonAsync($"/api/admin/orders/{orderId}/ship", new { }, Ct);

        await ProblemAssert.IsProblemAsync(asGuest, HttpStatusCode.Unauthorized);
        buyer.Dispose();
    }

    [Fact]
    public async Task AnUnpaidOrder_IsCancelledWhenItsReservationEnds_AndItsStockReturns()
    {
        var (buyer, orderId) = await PlacedAsync("pm_card_authenticationRequired", quantity: 3);
        var expiry = _host.App.Services.GetServices<IHostedService>().OfType<ReservationExpiry>().Single();

        var early = await expiry.RunOnceAsync(Ct);
        _host.Time.Offset = TimeSpan.FromMinutes(16);
        var late = await expiry.RunOnceAsync(Ct);
        var order = await buyer.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}", Ct);

        Assert.Equal((0, 1), (early, late));
        Assert.Equal("cancelled", order.GetProperty("status").GetString());
        Assert.Equal("canceled", order.GetProperty("payment").GetProperty("status").GetString());
        Assert.Equal(20, await _host.StockAsync("life"));
        buyer.Dispose();
    }

    [Fact]
    public async Task ReservationExpiry_LeavesAnOrderThatWasPaidMeanwhile()
    {
        var (buyer, orderId) = await PlacedAsync("pm_card_authenticationRequired");
        var order = await buyer.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}", Ct);
        var redirect = order.GetProperty("payment").GetProperty("nextAction").GetProperty("redirectUrl").GetString()!;
        var page = await buyer.GetStringAsync(redirect, Ct);
        await Payments.PaymentsHost.PostFormAsync(buyer, $"{redirect}/approve", Payments.PaymentsHost.NonceIn(page));
        var expiry = _host.App.Services.GetServices<IHostedService>().OfType<ReservationExpiry>().Single();

        _host.Time.Offset = TimeSpan.FromMinutes(16);
        await expiry.RunOnceAsync(Ct);

        var after = await buyer.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}", Ct);
        Assert.Equal("paid", after.GetProperty("status").GetString());
        Assert.Equal(19, await _host.StockAsync("life"));
        buyer.Dispose();
    }

    [Fact]
    public async Task AnOrderChargedJustBeforeACrash_IsReconciledAsPaid_NotCancelled()
    {
        // The state a process leaves when it dies after the provider charged and before the order recorded it.
        var services = _host.App.Services;
        var now = _host.Time.GetUtcNow().ToUnixTimeSeconds();
        var order = new Order("o_crashed", null, OrderStatus.PendingPayment,
            [new OrderLine("life", "Life", 30m, 2, 60m, Core.VatRate.Standard)], 60m, [new VatLine(21m, 10.41m)], 0m, 60m, "EUR",
            new ShippingAddress("A", "Damrak 1", "1012 LG", "Amsterdam", "NL"), "a@example.nl", new OrderPayment("pending", null, null), now, now, now + 900);
        await services.GetRequiredService<Winkel.Orders.Storage.IIdempotencyStore>().ClaimAsync("g:k", "h", "t", now, now + 60, now + 86_400, Ct);
        await services.GetRequiredService<Winkel.Orders.Storage.IOrderStore>().PlaceAsync(
            new Winkel.Orders.Storage.PlaceOrder(order, "g", new Dictionary<string, int> { ["life"] = 2 }, "g", "g:k", "t"), Ct);
        await services.GetRequiredService<Winkel.Payments.IPaymentProvider>().CreateAndConfirmAsync(
            new Winkel.Payments.PaymentRequest("o_crashed", 1, 6000, "EUR", "pm_card_visa", "/orders/o_crashed"), Ct);

        _host.Time.Offset = TimeSpan.FromMinutes(16);
        await services.GetServices<IHostedService>().OfType<ReservationExpiry>().Single().RunOnceAsync(Ct);

        var reconciled = await services.GetRequiredService<Winkel.Orders.Storage.IOrderStore>().GetAsync("o_crashed", Ct);
        Assert.Equal(OrderStatus.Paid, reconciled!.Status);
        Assert.StartsWith("pi_", reconciled.Payment.PaymentId, StringComparison.Ordinal);
        Assert.Equal(18, await _host.StockAsync("life"));
    }

    [Fact]
    public async Task ACustomersOrders_AreExported_AndAnonymizedOnErasure()
    {
        using var customer = await _host.CustomerAsync();
        await customer.PostAsJsonAsync("/api/cart/items", new { productId = "life", quantity = 1 }, Ct);
        var orderId = (await (await OrdersHost.CheckoutAsync(customer, OrdersHost.Body(email: null))).Content.ReadFromJsonAsync<JsonElement>(Ct))
            .GetProperty("orderId").GetString();

        var export = await customer.GetFromJsonAsync<JsonElement>("/api/me/export", Ct);
        await customer.DeleteAsync("/api/me", Ct);
        var kept = await _host.App.Services.GetRequiredService<Winkel.Orders.Storage.IOrderStore>().GetAsync(orderId!, Ct);

        Assert.Equal(orderId, export.GetProperty("orders")[0].GetProperty("orderId").GetString());
        Assert.Equal((null, null, ""), (kept!.CustomerId, kept.Email, kept.ShippingAddress.Name));
        Assert.Equal(30m, kept.Total);
    }
}
