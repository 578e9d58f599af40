using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Orders.Orders;
using Winkel.Payments.Stripe.Tests.Fake;

namespace Winkel.Payments.Stripe.Tests.Host;

/// <summary>Checkout, webhooks, refunds and the background jobs of the whole store, on Stripe (the fake).</summary>
public sealed class StripeCheckoutTests : IAsyncLifetime
{
    private StripeHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await StripeHost.StartAsync();
        await _host.AddProductAsync("koptelefoon", 30m, stock: 20);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<(HttpClient Buyer, string OrderId, string PaymentId)> CheckoutAsync(string paymentMethod, string expectedStatus)
    {
        var (buyer, response) = await _host.CheckoutAsync("koptelefoon", paymentMethod);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = await StripeHost.JsonAsync(response);
        Assert.Equal(expectedStatus, order.GetProperty("status").GetString());
        return (buyer, order.GetProperty("orderId").GetString()!, order.GetProperty("payment").GetProperty("paymentId").GetString()!);
    }

    private async Task<string> StatusAsync(HttpClient buyer, string orderId) =>
        (await StripeHost.OrderAsync(buyer, orderId)).GetProperty("status").GetString()!;

    private JsonObject LastEvent(string paymentId, string type) => _host.Fake.EventsFor(paymentId, type)[^1];

    [Fact]
    public async Task Checkout_IsPaid_WithOnePaymentIntentForTheServersTotal()
    {
        var (buyer, orderId, paymentId) = await CheckoutAsync("pm_card_visa", "paid");

        var intent = _host.Fake.Intent(paymentId);
        Assert.Equal(3000L, (long)intent["amount"]!); // 30.00, shipping free from 25.00
        Assert.Equal(orderId, (string?)intent["metadata"]!["orderId"]);
        Assert.Equal($"https://shop.winkel.test/orders/{orderId}", _host.Fake.RequestsTo("POST", "/v1/payment_intents").Single().Parameters["return_url"]);
        buyer.Dispose();
    }

    [Fact]
    public async Task Checkout_IsPaymentFailed_WithoutShowingTheDeclineCode()
    {
        var (buyer, response) = await _host.CheckoutAsync("koptelefoon", "pm_card_chargeDeclinedInsufficientFunds", quantity: 2);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("\"payment_failed\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("insufficient_funds", body, StringComparison.Ordinal);
        buyer.Dispose();
    }

    [Fact]
    public async Task ThreeDSecure_RoundTrip_IsPaidByTheWebhook_NotByTheBrowsersReturn()
    {
        var (buyer, response) = await _host.CheckoutAsync("koptelefoon", "pm_card_authenticationRequired");
        var order = await StripeHost.JsonAsync(response);
        var orderId = order.GetProperty("orderId").GetString()!;
        var paymentId = order.GetProperty("payment").GetProperty("paymentId").GetString()!;
        var redirect = order.GetProperty("payment").GetProperty("nextAction").GetProperty("redirectUrl").GetString();

        Assert.Equal("pending_payment", order.GetProperty("status").GetString());
        Assert.Equal($"{_host.Fake.BaseUrl}/fake/3ds/{paymentId}", redirect);
        var back = _host.Fake.CompleteChallenge(paymentId, approve: true);
        Assert.StartsWith($"https://shop.winkel.test/orders/{orderId}?payment_intent={paymentId}", back, StringComparison.Ordinal);
        Assert.Equal("pending_payment", await StatusAsync(buyer, orderId));

        var delivered = await _host.DeliverAsync(LastEvent(paymentId, "payment_intent.succeeded"));

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal("paid", await StatusAsync(buyer, orderId));
        buyer.Dispose();
    }

    [Fact]
    public async Task Webhook_IsRefused_WhenTampered_OrSignedWithAnotherSecret()
    {
        var (buyer, orderId, paymentId) = await CheckoutAsync("pm_card_authenticationRequired", "pending_payment");
        _host.Fake.CompleteChallenge(paymentId, approve: true);
        var evt = LastEvent(paymentId, "payment_intent.succeeded");
        var signedOther = FakeStripe.Sign(evt.ToJsonString(), DateTimeOffset.UtcNow.ToUnixTimeSeconds(), "whsec_not_this_store_secret_0000");
        var signature = FakeStripe.Sign(evt.ToJsonString(), DateTimeOffset.UtcNow.ToUnixTimeSeconds(), FakeStripe.WebhookSecret);
        var tampered = (JsonObject)evt.DeepClone();
        tampered["data"]!["object"]!["metadata"]!["orderId"] = "ord_someone_else";

        var wrongSecret = await _host.DeliverAsync(evt, _ => signedOther);
        var changed = await _host.DeliverAsync(tampered, _ => signature);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (wrongSecret.StatusCode, changed.StatusCode));
        Assert.Equal("pending_payment", await StatusAsync(buyer, orderId));
        buyer.Dispose();
    }

    [Fact]
    public async Task Webhook_AppliesADuplicateOnce_AndALateEventCannotMoveTheOrderBack()
    {
        var (buyer, orderId, paymentId) = await CheckoutAsync("pm_card_authenticationRequired", "pending_payment");
        _host.Fake.CompleteChallenge(paymentId, approve: true);
        var succeeded = LastEvent(paymentId, "payment_intent.succeeded");
        // An older failure for the same intent, arriving after the success (Stripe does not promise order).
        var failed = new JsonObject
        {
            ["id"] = "evt_older_failure_1",
            ["object"] = "event",
            ["type"] = "payment_intent.payment_failed",
            ["created"] = (long)succeeded["created"]! - 60,
            ["data"] = new JsonObject
            {
                ["object"] = new JsonObject
                {
                    ["id"] = paymentId,
                    ["object"] = "payment_intent",
                    ["status"] = "requires_payment_method",
                    ["last_payment_error"] = new JsonObject { ["code"] = "card_declined", ["decline_code"] = "generic_decline" },
                    ["metadata"] = new JsonObject { ["orderId"] = orderId },
                },
            },
        };

        var first = await _host.DeliverAsync(succeeded);
        using var admin = await _host.AdminAsync();
        (await admin.PostAsync($"/api/admin/orders/{orderId}/refund", null, Ct)).EnsureSuccessStatusCode();
        var duplicate = await _host.DeliverAsync(succeeded);
        var late = await _host.DeliverAsync(failed);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, duplicate.StatusCode, late.StatusCode));
        Assert.Equal("refunded", await StatusAsync(buyer, orderId));
        Assert.Single(_host.Fake.RefundsOf(paymentId));
        buyer.Dispose();
    }

    [Fact]
    public async Task Reconciliation_PaysAnOrderWhoseWebhookWasLost()
    {
        var (buyer, orderId, paymentId) = await CheckoutAsync("pm_card_authenticationRequired", "pending_payment");
        var (stuck, stuckOrderId, _) = await CheckoutAsync("pm_card_authenticationRequired", "pending_payment");
        _host.Fake.CompleteChallenge(paymentId, approve: true);
        var job = _host.App.Services.GetRequiredService<PaymentReconciliation>();

        var early = await job.RunOnceAsync(Ct);
        _host.Time.Offset = TimeSpan.FromMinutes(6);
        var late = await job.RunOnceAsync(Ct);

        Assert.Equal((0, 1), (early, late));
        Assert.Equal("paid", await StatusAsync(buyer, orderId));
        Assert.Equal("pending_payment", await StatusAsync(stuck, stuckOrderId)); // still at 3-D Secure: left alone
        buyer.Dispose();
        stuck.Dispose();
    }

    [Fact]
    public async Task ReservationExpiry_CancelsTheUnconfirmedPaymentIntent()
    {
        var (buyer, orderId, paymentId) = await CheckoutAsync("pm_card_authenticationRequired", "pending_payment");
        var expiry = _host.App.Services.GetServices<IHostedService>().OfType<ReservationExpiry>().Single();

        _host.Time.Offset = TimeSpan.FromMinutes(16);
        await expiry.RunOnceAsync(Ct);

        Assert.Equal("cancelled", await StatusAsync(buyer, orderId));
        Assert.Equal(("canceled", "abandoned"), ((string?)_host.Fake.Intent(paymentId)["status"], (string?)_host.Fake.Intent(paymentId)["cancellation_reason"]));
        buyer.Dispose();
    }

    [Fact]
    public async Task Refund_ByAnAdmin_PartThenTheRest_GoesToStripe()
    {
        var (buyer, orderId, paymentId) = await CheckoutAsync("pm_card_visa", "paid");
        using var admin = await _host.AdminAsync();

        var part = await StripeHost.JsonAsync(await admin.PostAsync($"/api/admin/orders/{orderId}/refund", System.Net.Http.Json.JsonContent.Create(new { amount = 12.50m }), Ct));
        var rest = await StripeHost.JsonAsync(await admin.PostAsync($"/api/admin/orders/{orderId}/refund", null, Ct));

        Assert.Equal(("paid", 12.50m), (part.GetProperty("status").GetString(), part.GetProperty("refunded").GetDecimal()));
        Assert.Equal(("refunded", 30m), (rest.GetProperty("status").GetString(), rest.GetProperty("refunded").GetDecimal()));
        Assert.Equal([1250L, 1750L], _host.Fake.RefundsOf(paymentId).Select(r => (long)r["amount"]!));
        buyer.Dispose();
    }

    [Fact]
    public async Task Checkout_Answers503WithRetryAfter_WhenStripeIsUnreachable()
    {
        _host.Fake.Down = true;

        var (buyer, response) = await _host.CheckoutAsync("koptelefoon", "pm_card_visa");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        buyer.Dispose();
    }
}
