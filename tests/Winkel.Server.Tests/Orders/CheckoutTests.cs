using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Winkel.Server.Tests.Orders;

public sealed class CheckoutTests : IAsyncLifetime
{
    private readonly OrdersHost _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _host.AddProductAsync("headphones", 12.50m, stock: 10);
        await _host.AddProductAsync("book", 20.00m, stock: 10, vatRate: "reduced");
        await _host.AddProductAsync("mug", 10.00m, stock: 10);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task Checkout_WithACardThatSucceeds_Returns201PaidOrder_WithVatShippingAndTotals()
    {
        using var guest = await _host.GuestWithCartAsync(("headphones", 1));

        var response = await OrdersHost.CheckoutAsync(guest);
        var order = await Json(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/orders/{order.GetProperty("orderId").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal("paid", order.GetProperty("status").GetString());
        Assert.Equal("succeeded", order.GetProperty("payment").GetProperty("status").GetString());
        Assert.StartsWith("pi_", order.GetProperty("payment").GetProperty("paymentId").GetString(), StringComparison.Ordinal);
        Assert.Equal(12.50m, order.GetProperty("subtotal").GetDecimal());
        Assert.Equal(4.95m, order.GetProperty("shipping").GetDecimal());
        Assert.Equal(17.45m, order.GetProperty("total").GetDecimal());
        var vat = Assert.Single(order.GetProperty("vat").EnumerateArray());
        Assert.Equal((21m, 3.03m), (vat.GetProperty("rate").GetDecimal(), vat.GetProperty("amount").GetDecimal()));
        Assert.Equal("standard", order.GetProperty("items")[0].GetProperty("vatRate").GetString());
        Assert.Equal(9, await _host.StockAsync("headphones"));
        Assert.Empty((await Json(await guest.GetAsync("/api/cart", Ct))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Checkout_SplitsVatPerRate_AndShipsFreeFrom25()
    {
        using var guest = await _host.GuestWithCartAsync(("book", 1), ("mug", 1));

        var order = await Json(await OrdersHost.CheckoutAsync(guest));

        Assert.Equal(0m, order.GetProperty("shipping").GetDecimal());
        Assert.Equal(30.00m, order.GetProperty("total").GetDecimal());
        var vat = order.GetProperty("vat").EnumerateArray().ToDictionary(v => v.GetProperty("rate").GetDecimal(), v => v.GetProperty("amount").GetDecimal());
        Assert.Equal(new Dictionary<decimal, decimal> { [21m] = 1.74m, [9m] = 1.65m }, vat);
    }

    [Theory]
    [InlineData("pm_card_chargeDeclined")]
    [InlineData("pm_card_chargeDeclinedInsufficientFunds")]
    public async Task Checkout_WithADeclinedCard_Returns201PaymentFailed_AndGivesTheStockBack(string method)
    {
        using var guest = await _host.GuestWithCartAsync(("mug", 2));

        var response = await OrdersHost.CheckoutAsync(guest, OrdersHost.Body(method));
        var order = await Json(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("payment_failed", order.GetProperty("status").GetString());
        Assert.Equal("failed", order.GetProperty("payment").GetProperty("status").GetString());
        Assert.Equal(10, await _host.StockAsync("mug"));
    }

    [Fact]
    public async Task Checkout_WithMastercard_IsPaid()
    {
        using var guest = await _host.GuestWithCartAsync(("mug", 1));

        var order = await Json(await OrdersHost.CheckoutAsync(guest, OrdersHost.Body("pm_card_mastercard")));

        Assert.Equal("paid", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ThreeDSecure_ApprovedOnTheChallengePage_MakesTheOrderPaid()
    {
        using var guest = await _host.GuestWithCartAsync(("mug", 1));

        var order = await Json(await OrdersHost.CheckoutAsync(guest, OrdersHost.Body("pm_card_authenticationRequired")));
        var redirect = order.GetProperty("payment").GetProperty("nextAction").GetProperty("redirectUrl").GetString()!;
        var page = await guest.GetStringAsync(redirect, Ct);
        var approved = await Payments.PaymentsHost.PostFormAsync(guest, $"{redirect}/approve", Payments.PaymentsHost.NonceIn(page));
        var after = await Json(await guest.GetAsync($"/api/orders/{order.GetProperty("orderId").GetString()}", Ct));

        Assert.Equal("pending_payment", order.GetProperty("status").GetString());
        Assert.Equal("requires_action", order.GetProperty("payment").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
        Assert.StartsWith($"/orders/{order.GetProperty("orderId").GetString()}?", approved.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("paid", after.GetProperty("status").GetString());
        Assert.Equal(9, await _host.StockAsync("mug"));
    }

    [Fact]
    public async Task ThreeDSecure_FailedOnTheChallengePage_FailsThePayment_AndGivesTheStockBack()
    {
        using var guest = await _host.GuestWithCartAsync(("mug", 3));

        var order = await Json(await OrdersHost.CheckoutAsync(guest, OrdersHost.Body("pm_card_authenticationRequired")));
        var redirect = order.GetProperty("payment").GetProperty("nextAction").GetProperty("redirectUrl").GetString()!;
        var page = await guest.GetStringAsync(redirect, Ct);
        await Payments.PaymentsHost.PostFormAsync(guest, $"{redirect}/fail", Payments.PaymentsHost.NonceIn(page));
        var after = await Json(await guest.GetAsync($"/api/orders/{order.GetProperty("orderId").GetString()}", Ct));

        Assert.Equal("payment_failed", after.GetProperty("status").GetString());
        Assert.Equal(10, await _host.StockAsync("mug"));
    }

    [Fact]
    public async Task Checkout_Returns409NamingTheProducts_WhenStockRanOutAfterCarting_AndTakesNothing()
    {
        using var guest = await _host.GuestWithCartAsync(("mug", 4), ("book", 1));
        using var admin = await _host.AdminAsync();
        await admin.PatchAsJsonAsync("/api/admin/products/mug", new { stock = 3 }, Ct);

        var response = await OrdersHost.CheckoutAsync(guest);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.EndsWith("out-of-stock", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(["mug"], problem.GetProperty("productIds").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal((3, 10), (await _host.StockAsync("mug"), await _host.StockAsync("book")));
        Assert.Empty((await Json(await guest.GetAsync("/api/orders", Ct))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Checkout_Returns400_ForAnEmptyCart()
    {
        using var guest = await _host.GuestWithCartAsync(("mug", 1));
        await guest.DeleteAsync("/api/cart", Ct);

        await ProblemAssert.IsProblemAsync(await OrdersHost.CheckoutAsync(guest), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(null, "Idempotency-Key")]
    [InlineData("{\"shippingAddress\":{\"name\":\"A\",\"street\":\"S 1\",\"postalCode\":\"1012 LG\",\"city\":\"C\",\"country\":\"US\"},\"email\":\"a@example.nl\",\"paymentMethod\":\"pm_card_visa\"}", "shippingAddress.country")]
    [InlineData("{\"shippingAddress\":{\"name\":\"A\",\"street\":\"S 1\",\"postalCode\":\"ABCDE\",\"city\":\"C\",\"country\":\"NL\"},\"email\":\"a@example.nl\",\"paymentMethod\":\"pm_card_visa\"}", "shippingAddress.postalCode")]
    [InlineData("{\"shippingAddress\":{\"street\":\"S 1\",\"postalCode\":\"1012 LG\",\"city\":\"C\",\"country\":\"NL\"},\"email\":\"a@example.nl\",\"paymentMethod\":\"pm_card_visa\"}", "shippingAddress.name")]
    [InlineData("{\"shippingAddress\":{\"name\":\"A\",\"street\":\"S 1\",\"postalCode\":\"1012 LG\",\"city\":\"C\",\"country\":\"NL\"},\"paymentMethod\":\"pm_card_visa\"}", "email")]
    [InlineData("{\"shippingAddress\":{\"name\":\"A\",\"street\":\"S 1\",\"postalCode\":\"1012 LG\",\"city\":\"C\",\"country\":\"NL\"},\"email\":\"a@example.nl\",\"paymentMethod\":\"4242424242424242\"}", "paymentMethod")]
    [InlineData("{\"shippingAddress\":{\"name\":\"4000 0025 0000 3155\",\"street\":\"S 1\",\"postalCode\":\"1012 LG\",\"city\":\"C\",\"country\":\"NL\"},\"email\":\"a@example.nl\",\"paymentMethod\":\"pm_card_visa\"}", "shippingAddress.name")]
    [InlineData("{\"shippingAddress\":{\"name\":\"A\",\"street\":\"S 1\",\"postalCode\":\"1012 LG\",\"city\":\"C\",\"country\":\"NL\"},\"email\":\"a@example.nl\",\"paymentMethod\":\"pm_card_visa\",\"total\":0.01}", "total")]
    public async Task Checkout_Returns400NamingTheField_AndPlacesNothing(string? json, string field)
    {
        using var guest = await _host.GuestWithCartAsync(("mug", 1));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = new StringContent(json ?? JsonSerializer.Serialize(OrdersHost.Body()), System.Text.Encoding.UTF8, "application/json"),
        };
        if (json is not null)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        var response = await guest.SendAsync(request, Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.DoesNotContain("4242424242424242", problem.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("3155", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(10, await _host.StockAsync("mug"));
    }

    [Fact]
    public async Task ACustomer_SeesOnlyTheirOwnOrders_AndAnotherCustomersOrderIs404()
    {
        using var first = await _host.CustomerAsync();
        using var second = await _host.CustomerAsync();
        await first.PostAsJsonAsync("/api/cart/items", new { productId = "mug", quantity = 1 }, Ct);
        var order = await Json(await OrdersHost.CheckoutAsync(first, OrdersHost.Body(email: null)));
        var orderId = order.GetProperty("orderId").GetString();

        var mine = await Json(await first.GetAsync("/api/orders", Ct));
        var theirs = await Json(await second.GetAsync("/api/orders", Ct));
        var peek = await second.GetAsync($"/api/orders/{orderId}", Ct);
        var cancel = await second.PostAsync($"/api/orders/{orderId}/cancel", null, Ct);

        Assert.Equal([orderId], mine.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orderId").GetString()));
        Assert.NotNull(order.GetProperty("customerId").GetString());
        Assert.Empty(theirs.GetProperty("items").EnumerateArray());
        await ProblemAssert.IsProblemAsync(peek, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(cancel, HttpStatusCode.NotFound);
    }
}
