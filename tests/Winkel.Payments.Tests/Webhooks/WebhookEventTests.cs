using System.Text;
using System.Text.Json;
using Winkel.Payments.Webhooks;

namespace Winkel.Payments.Tests.Webhooks;

public sealed class WebhookEventTests
{
    [Fact]
    public void TryParse_ReadsIdTypePaymentAndOrder_FromAStripeEvent()
    {
        var body = Encoding.UTF8.GetBytes("""
            {"id":"evt_1","object":"event","type":"payment_intent.payment_failed",
             "data":{"object":{"id":"pi_1","status":"requires_payment_method","metadata":{"orderId":"ord_1"}}}}
            """);

        var evt = WebhookEvent.TryParse(body);

        Assert.Equal(new WebhookEvent("evt_1", "payment_intent.payment_failed", "pi_1", "ord_1"), evt);
        Assert.Equal(PaymentStatus.Failed, evt!.Outcome);
    }

    [Theory]
    [InlineData("""{"decline_code":"insufficient_funds","code":"card_declined"}""", "insufficient_funds")]
    [InlineData("""{"code":"payment_intent_authentication_failure"}""", "payment_intent_authentication_failure")]
    [InlineData("null", null)]
    public void TryParse_ReadsTheDeclineCode_FromTheLastPaymentError(string error, string? declineCode)
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"evt_1","type":"payment_intent.payment_failed","data":{"object":{"id":"pi_1","last_payment_error":"""
            + error + ""","metadata":{"orderId":"ord_1"}}}}""");

        Assert.Equal(declineCode, WebhookEvent.TryParse(body)?.DeclineCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"type":"payment_intent.succeeded"}""")]
    [InlineData("""{"id":1,"type":"payment_intent.succeeded"}""")]
    [InlineData("""{"id":"evt_1"}""")]
    public void TryParse_ReturnsNull_ForBodiesThatAreNotEvents(string json) =>
        Assert.Null(WebhookEvent.TryParse(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void ForTestPayment_WritesStripesShape_WithAnIdStableForThePaymentAndType()
    {
        var first = WebhookEvent.ForTestPayment("pi_1", "ord_1", PaymentStatus.Succeeded, 1999, "EUR", null, 100);
        var again = WebhookEvent.ForTestPayment("pi_1", "ord_1", PaymentStatus.Succeeded, 1999, "EUR", null, 200);
        var failed = WebhookEvent.ForTestPayment("pi_1", "ord_1", PaymentStatus.Failed, 1999, "EUR", "authentication_failed", 100);

        var root = JsonDocument.Parse(first).RootElement;
        Assert.Equal("payment_intent.succeeded", root.GetProperty("type").GetString());
        var obj = root.GetProperty("data").GetProperty("object");
        Assert.Equal("pi_1", obj.GetProperty("id").GetString());
        Assert.Equal("succeeded", obj.GetProperty("status").GetString());
        Assert.Equal("ord_1", obj.GetProperty("metadata").GetProperty("orderId").GetString());
        Assert.Equal(WebhookEvent.TryParse(first)!.Id, WebhookEvent.TryParse(again)!.Id);
        Assert.NotEqual(WebhookEvent.TryParse(first)!.Id, WebhookEvent.TryParse(failed)!.Id);
        Assert.StartsWith("evt_", WebhookEvent.TryParse(first)!.Id, StringComparison.Ordinal);
    }
}
