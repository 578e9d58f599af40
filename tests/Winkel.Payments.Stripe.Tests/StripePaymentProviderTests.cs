using System.Net;
using Stripe;
using Winkel.Payments.Storage;
using Winkel.Payments.Stripe.Tests.Fake;

namespace Winkel.Payments.Stripe.Tests;

public sealed class StripePaymentProviderTests : IAsyncLifetime
{
    private StripeFixture _stripe = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _stripe = await StripeFixture.StartAsync();

    public ValueTask DisposeAsync() => _stripe.DisposeAsync();

    public static TheoryData<string, string> Declines => [.. FakeStripe.Declines.Select(d => (d.PaymentMethod, d.DeclineCode))];

    [Fact]
    public async Task CreateAndConfirm_Succeeds_WithTheRequestStripeDocuments()
    {
        var intent = await _stripe.PayAsync("pm_card_visa", orderId: "ord_ok", amountMinor: 2495);

        Assert.Equal((PaymentStatus.Succeeded, "ord_ok", 2495L, "EUR"), (intent.Status, intent.OrderId, intent.AmountMinor, intent.Currency));
        var sent = Assert.Single(_stripe.Fake.RequestsTo("POST", "/v1/payment_intents"));
        Assert.Equal("winkel-pi-ord_ok-1", sent.IdempotencyKey);
        Assert.Equal(StripeConfiguration.ApiVersion, sent.StripeVersion);
        Assert.Equal("2495", sent.Parameters["amount"]);
        Assert.Equal("eur", sent.Parameters["currency"]);
        Assert.Equal("pm_card_visa", sent.Parameters["payment_method"]);
        Assert.Equal("true", sent.Parameters["confirm"]);
        Assert.Equal("automatic", sent.Parameters["payment_method_options[card][request_three_d_secure]"]);
        Assert.Equal("https://shop.winkel.test/orders/ord_ok", sent.Parameters["return_url"]);
        Assert.Equal("ord_ok", sent.Parameters["metadata[orderId]"]);
        Assert.Equal("1", sent.Parameters["metadata[attempt]"]);
        Assert.DoesNotContain(sent.Parameters.Keys, k => k.Contains("card[number]", StringComparison.Ordinal));
        Assert.Equal([PaymentLogKind.Created, PaymentLogKind.Succeeded], _stripe.Log.Entries.Select(e => e.Kind));
    }

    [Theory]
    [MemberData(nameof(Declines))]
    public async Task CreateAndConfirm_Fails_WithTheDeclineCode_RecordedOnTheMeter(string paymentMethod, string declineCode)
    {
        using var charges = new MeterRecorder("winkel.payments.charges");

        var intent = await _stripe.PayAsync(paymentMethod, orderId: $"ord_{declineCode}");

        Assert.Equal((PaymentStatus.Failed, declineCode), (intent.Status, intent.DeclineCode));
        Assert.StartsWith("pi_", intent.PaymentId, StringComparison.Ordinal);
        Assert.Equal("requires_payment_method", (string?)_stripe.Fake.Intent(intent.PaymentId)["status"]);
        Assert.Contains(charges.Measurements, m => (string?)m["provider"] == "stripe" && (string?)m["outcome"] == "failed" && (string?)m["decline_code"] == declineCode);
        Assert.All(charges.Measurements, m => Assert.Equal(["decline_code", "outcome", "provider"], m.Keys.Order()));
        Assert.Equal(declineCode, _stripe.Log.Entries.Single(e => e.Kind == PaymentLogKind.Failed).DeclineCode);
    }

    [Fact]
    public async Task CreateAndConfirm_FailsWithInvalidPaymentMethod_WhenStripeDoesNotKnowTheToken()
    {
        var intent = await _stripe.PayAsync("pm_forged_by_someone", orderId: "ord_forged");

        Assert.Equal((PaymentStatus.Failed, "invalid_payment_method"), (intent.Status, intent.DeclineCode));
        Assert.Equal(0, _stripe.Fake.IntentCount);
        Assert.Null(await _stripe.Provider.GetAsync(intent.PaymentId, Ct));
    }

    [Fact]
    public async Task ThreeDSecure_RequiresAction_WithStripesRedirect_ThenSucceedsAfterTheChallenge()
    {
        var intent = await _stripe.PayAsync("pm_card_authenticationRequired", orderId: "ord_3ds");

        Assert.Equal(PaymentStatus.RequiresAction, intent.Status);
        Assert.Equal($"{_stripe.Fake.BaseUrl}/fake/3ds/{intent.PaymentId}", intent.RedirectUrl);
        var back = _stripe.Fake.CompleteChallenge(intent.PaymentId, approve: true);
        Assert.Equal($"https://shop.winkel.test/orders/ord_3ds?payment_intent={intent.PaymentId}&redirect_status=succeeded", back);
        var after = await _stripe.Provider.GetAsync(intent.PaymentId, Ct);
        Assert.Equal((PaymentStatus.Succeeded, "ord_3ds", null), (after!.Status, after.OrderId, after.RedirectUrl));
    }

    [Fact]
    public async Task ThreeDSecure_Fails_WhenTheShopperFailsTheChallenge()
    {
        var intent = await _stripe.PayAsync("pm_card_threeDSecure2Required", orderId: "ord_3ds_fail");

        _stripe.Fake.CompleteChallenge(intent.PaymentId, approve: false);

        var after = await _stripe.Provider.GetAsync(intent.PaymentId, Ct);
        Assert.Equal((PaymentStatus.Failed, "payment_intent_authentication_failure"), (after!.Status, after.DeclineCode));
    }

    [Fact]
    public async Task CreateAndConfirm_RetriesA429_WithTheSameIdempotencyKey_AndChargesOnce()
    {
        _stripe.Fake.FailNext(2, HttpStatusCode.TooManyRequests);

        var intent = await _stripe.PayAsync("pm_card_visa", orderId: "ord_busy");

        Assert.Equal(PaymentStatus.Succeeded, intent.Status);
        var sent = _stripe.Fake.RequestsTo("POST", "/v1/payment_intents");
        Assert.Equal(3, sent.Count);
        Assert.All(sent, r => Assert.Equal("winkel-pi-ord_busy-1", r.IdempotencyKey));
        Assert.Equal(1, _stripe.Fake.IntentCount);
    }

    [Fact]
    public async Task CreateAndConfirm_RetriesALostAnswer_WithTheSameIdempotencyKey_AndStripeReplaysTheCharge()
    {
        _stripe.Fake.DropAnswerOfNext(1);

        var intent = await _stripe.PayAsync("pm_card_visa", orderId: "ord_lost");

        Assert.Equal(PaymentStatus.Succeeded, intent.Status);
        var sent = _stripe.Fake.RequestsTo("POST", "/v1/payment_intents");
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].IdempotencyKey, sent[1].IdempotencyKey);
        Assert.Equal(1, _stripe.Fake.IntentCount);
        Assert.Single(_stripe.Fake.EventsFor(intent.PaymentId, "payment_intent.succeeded"));
    }

    [Fact]
    public async Task CreateAndConfirm_ThrowsUnavailable_WhenStripeKeepsRefusing()
    {
        _stripe.Fake.FailNext(100, HttpStatusCode.TooManyRequests);

        var error = await Assert.ThrowsAsync<PaymentProviderUnavailableException>(() => _stripe.PayAsync("pm_card_visa", orderId: "ord_down"));

        Assert.Equal(_stripe.Options.MaxRetries + 1, _stripe.Fake.RequestsTo("POST", "/v1/payment_intents").Count);
        Assert.IsType<StripeException>(error.InnerException);
    }

    [Fact]
    public async Task CreateAndConfirm_Throws_WhenTheAttemptIsReusedWithAnotherAmount()
    {
        await _stripe.PayAsync("pm_card_visa", orderId: "ord_twice", amountMinor: 1000);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _stripe.PayAsync("pm_card_visa", orderId: "ord_twice", amountMinor: 2000));
        var again = await _stripe.PayAsync("pm_card_visa", orderId: "ord_twice", amountMinor: 1000);

        Assert.Equal(PaymentStatus.Succeeded, again.Status);
        Assert.Equal(1, _stripe.Fake.IntentCount);
    }

    [Fact]
    public async Task FindAsync_FindsTheAttemptsIntent_ByItsMetadata()
    {
        var first = await _stripe.PayAsync("pm_card_chargeDeclined", orderId: "ord_find", attempt: 1);
        var second = await _stripe.PayAsync("pm_card_visa", orderId: "ord_find", attempt: 2);

        Assert.Equal(first.PaymentId, (await _stripe.Provider.FindAsync("ord_find", 1, Ct))?.PaymentId);
        Assert.Equal(second.PaymentId, (await _stripe.Provider.FindAsync("ord_find", 2, Ct))?.PaymentId);
        Assert.Null(await _stripe.Provider.FindAsync("ord_other", 1, Ct));
        Assert.Null(await _stripe.Provider.FindAsync("ord_' OR '1", 1, Ct));
    }

    [Fact]
    public async Task Refund_PartialThenTheRest_ThenRefusesMore()
    {
        var paid = await _stripe.PayAsync("pm_card_visa", orderId: "ord_refund", amountMinor: 5000);

        var part = await _stripe.Provider.RefundAsync(paid.PaymentId, 1500, "refund-1", Ct);
        var replay = await _stripe.Provider.RefundAsync(paid.PaymentId, 1500, "refund-1", Ct);
        var rest = await _stripe.Provider.RefundAsync(paid.PaymentId, 3500, "refund-2", Ct);
        var more = await _stripe.Provider.RefundAsync(paid.PaymentId, 1, "refund-3", Ct);

        Assert.Equal((RefundStatus.Succeeded, 1500L, 1500L), (part.Status, part.AmountMinor, part.RefundedTotalMinor));
        Assert.Equal(part.RefundId, replay.RefundId);
        Assert.Equal((RefundStatus.Succeeded, 3500L, 5000L), (rest.Status, rest.AmountMinor, rest.RefundedTotalMinor));
        Assert.Equal((RefundStatus.Refused, "amount_exceeds_refundable", 5000L), (more.Status, more.Reason, more.RefundedTotalMinor));
        Assert.Equal(2, _stripe.Fake.RefundsOf(paid.PaymentId).Count);
    }

    [Fact]
    public async Task Refund_IsRefused_WhenMoreThanWhatIsLeft_OrNotPaid_OrUnknown()
    {
        var paid = await _stripe.PayAsync("pm_card_visa", orderId: "ord_r1", amountMinor: 1000);
        var waiting = await _stripe.PayAsync("pm_card_authenticationRequired", orderId: "ord_r2");

        Assert.Equal("amount_exceeds_refundable", (await _stripe.Provider.RefundAsync(paid.PaymentId, 1001, "k", Ct)).Reason);
        Assert.Equal("payment_not_succeeded", (await _stripe.Provider.RefundAsync(waiting.PaymentId, 100, "k", Ct)).Reason);
        Assert.Equal("payment_not_found", (await _stripe.Provider.RefundAsync("pi_unknown", 100, "k", Ct)).Reason);
        Assert.Equal("invalid_amount", (await _stripe.Provider.RefundAsync(paid.PaymentId, 0, "k", Ct)).Reason);
        Assert.Empty(_stripe.Fake.RefundsOf(paid.PaymentId));
    }

    [Fact]
    public async Task Cancel_CancelsAnUnconfirmedIntent_AndLeavesASucceededOne()
    {
        var waiting = await _stripe.PayAsync("pm_card_authenticationRequired", orderId: "ord_c1");
        var paid = await _stripe.PayAsync("pm_card_visa", orderId: "ord_c2");

        await _stripe.Provider.CancelAsync(waiting.PaymentId, Ct);
        await _stripe.Provider.CancelAsync(paid.PaymentId, Ct);
        await _stripe.Provider.CancelAsync("pi_unknown", Ct);

        Assert.Equal(PaymentStatus.Canceled, (await _stripe.Provider.GetAsync(waiting.PaymentId, Ct))!.Status);
        Assert.Equal("abandoned", (string?)_stripe.Fake.Intent(waiting.PaymentId)["cancellation_reason"]);
        Assert.Equal(PaymentStatus.Succeeded, (await _stripe.Provider.GetAsync(paid.PaymentId, Ct))!.Status);
    }
}
