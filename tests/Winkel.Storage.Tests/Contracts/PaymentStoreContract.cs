using Winkel.Payments;
using Winkel.Payments.Storage;

namespace Winkel.Storage.Tests.Contracts;

/// <summary>What every adapter of the payment ports must do: idempotent creates, one-time finishes, refunds that never exceed the charge, events recorded once, an append-only log.</summary>
public abstract class PaymentStoreContract : StorageContract
{
    private const long Now = 1_800_000_000;

    private ITestPaymentStore Payments => Adapter.Get<ITestPaymentStore>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestPayment Make(string paymentId, string orderId = "ord_1", int attempt = 1, PaymentStatus status = PaymentStatus.Succeeded, long amount = 5000) =>
        new(paymentId, orderId, attempt, status, amount, "EUR", "pm_card_visa", "/orders/" + orderId, null, "nonce-" + paymentId, 0, Now, Now);

    [Fact]
    public async Task CreateOrGet_StoresThePayment_AndGetReturnsIt()
    {
        var stored = await Payments.CreateOrGetAsync(Make("pi_a", status: PaymentStatus.RequiresAction), [], Ct);

        Assert.Equal(Make("pi_a", status: PaymentStatus.RequiresAction), stored);
        Assert.Equal(stored, await Payments.GetAsync("pi_a", Ct));
        Assert.Null(await Payments.GetAsync("pi_missing", Ct));
    }

    [Fact]
    public async Task CreateOrGet_ReturnsTheFirstPayment_WhenTheOrderAndAttemptRepeat()
    {
        await Payments.CreateOrGetAsync(Make("pi_first"), [], Ct);

        var again = await Payments.CreateOrGetAsync(Make("pi_second"), [], Ct);
        var nextAttempt = await Payments.CreateOrGetAsync(Make("pi_third", attempt: 2), [], Ct);

        Assert.Equal("pi_first", again.PaymentId);
        Assert.Null(await Payments.GetAsync("pi_second", Ct));
        Assert.Equal("pi_third", nextAttempt.PaymentId);
    }

    [Fact]
    public async Task CreateOrGet_LogsItsEntries_OnlyWhenItCreates()
    {
        var first = Make("pi_first");
        PaymentLogEntry[] entries = [new(Now, first.OrderId, "pi_first", "test", PaymentLogKind.Created, first.AmountMinor, null)];

        await Payments.CreateOrGetAsync(first, entries, Ct);
        await Payments.CreateOrGetAsync(Make("pi_second"), [entries[0] with { PaymentId = "pi_second" }], Ct);

        var logged = await Adapter.Get<IPaymentLog>().ListForOrderAsync(first.OrderId, Ct);
        Assert.Equal(["pi_first"], logged.Select(e => e.PaymentId));
    }

    [Fact]
    public async Task ConcurrentCreatesOfOneAttempt_StoreExactlyOnePayment()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Payments.CreateOrGetAsync(Make($"pi_{i}"), [], Ct)));

        Assert.Single(results.Select(r => r.PaymentId).Distinct());
    }

    [Fact]
    public async Task TryFinish_MovesAWaitingPaymentOnce_AndSurvivesARestart()
    {
        await Payments.CreateOrGetAsync(Make("pi_3ds", status: PaymentStatus.RequiresAction), [], Ct);

        Assert.True(await Payments.TryFinishAsync("pi_3ds", PaymentStatus.Failed, "authentication_failed", Now + 5, Ct));
        Assert.False(await Payments.TryFinishAsync("pi_3ds", PaymentStatus.Succeeded, null, Now + 6, Ct));
        Assert.False(await Payments.TryFinishAsync("pi_missing", PaymentStatus.Succeeded, null, Now + 6, Ct));
        await Adapter.RestartAsync();

        var payment = await Payments.GetAsync("pi_3ds", Ct);
        Assert.Equal((PaymentStatus.Failed, "authentication_failed", Now + 5), (payment!.Status, payment.DeclineCode, payment.UpdatedAt));
    }

    [Fact]
    public async Task TryFinish_DoesNothing_ToAFinalPayment()
    {
        await Payments.CreateOrGetAsync(Make("pi_done"), [], Ct);

        Assert.False(await Payments.TryFinishAsync("pi_done", PaymentStatus.Canceled, null, Now, Ct));
        Assert.Equal(PaymentStatus.Succeeded, (await Payments.GetAsync("pi_done", Ct))!.Status);
    }

    [Fact]
    public async Task Refund_TakesPartialRefunds_UpToTheAmount_ThenRefuses()
    {
        await Payments.CreateOrGetAsync(Make("pi_r", amount: 5000), [], Ct);

        var first = await Payments.RefundAsync("pi_r", 3000, "k1", "re_1", Now, Ct);
        var tooMuch = await Payments.RefundAsync("pi_r", 2001, "k2", "re_2", Now, Ct);
        var rest = await Payments.RefundAsync("pi_r", 2000, "k3", "re_3", Now, Ct);

        Assert.Equal(new RefundOutcome(RefundStatus.Succeeded, "re_1", 3000, 3000, null), first.Outcome);
        Assert.Equal(RefundOutcome.Refused("amount_exceeds_refundable", 3000), tooMuch.Outcome);
        Assert.Equal(new RefundOutcome(RefundStatus.Succeeded, "re_3", 2000, 5000, null), rest.Outcome);
        Assert.Equal(5000, (await Payments.GetAsync("pi_r", Ct))!.RefundedMinor);
    }

    [Fact]
    public async Task Refund_WithAKeyUsedBefore_AnswersTheFirstRefund_AndRefundsOnce()
    {
        await Payments.CreateOrGetAsync(Make("pi_r", amount: 5000), [], Ct);
        await Payments.RefundAsync("pi_r", 1000, "same", "re_1", Now, Ct);

        var again = await Payments.RefundAsync("pi_r", 1000, "same", "re_2", Now, Ct);

        Assert.True(again.Replayed);
        Assert.Equal(new RefundOutcome(RefundStatus.Succeeded, "re_1", 1000, 1000, null), again.Outcome);
        Assert.Equal(1000, (await Payments.GetAsync("pi_r", Ct))!.RefundedMinor);
    }

    [Fact]
    public async Task ConcurrentRefunds_NeverExceedTheAmount()
    {
        await Payments.CreateOrGetAsync(Make("pi_r", amount: 5000), [], Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Payments.RefundAsync("pi_r", 1500, $"k{i}", $"re_{i}", Now, Ct)));

        Assert.Equal(3, results.Count(r => r.Outcome.Status == RefundStatus.Succeeded));
        Assert.Equal(4500, (await Payments.GetAsync("pi_r", Ct))!.RefundedMinor);
    }

    [Theory]
    [InlineData(PaymentStatus.RequiresAction, "payment_not_succeeded")]
    [InlineData(PaymentStatus.Failed, "payment_not_succeeded")]
    [InlineData(PaymentStatus.Canceled, "payment_not_succeeded")]
    public async Task Refund_IsRefused_UnlessThePaymentSucceeded(PaymentStatus status, string reason)
    {
        await Payments.CreateOrGetAsync(Make("pi_x", status: status), [], Ct);

        Assert.Equal(reason, (await Payments.RefundAsync("pi_x", 100, "k", "re_1", Now, Ct)).Outcome.Reason);
        Assert.Equal("payment_not_found", (await Payments.RefundAsync("pi_missing", 100, "k", "re_2", Now, Ct)).Outcome.Reason);
    }

    [Fact]
    public async Task EventLog_RecordsAnEventIdOnce_AndRemembersItAfterARestart()
    {
        var events = Adapter.Get<IPaymentEventLog>();

        Assert.False(await events.HasProcessedAsync("evt_1", Ct));
        Assert.True(await events.TryRecordAsync("evt_1", "payment_intent.succeeded", "pi_1", Now, Ct));
        Assert.False(await events.TryRecordAsync("evt_1", "payment_intent.succeeded", "pi_1", Now, Ct));
        await Adapter.RestartAsync();

        Assert.True(await Adapter.Get<IPaymentEventLog>().HasProcessedAsync("evt_1", Ct));
        Assert.False(await Adapter.Get<IPaymentEventLog>().HasProcessedAsync("evt_2", Ct));
    }

    [Fact]
    public async Task PaymentLog_ListsAnOrdersEntriesInOrder()
    {
        var log = Adapter.Get<IPaymentLog>();
        PaymentLogEntry[] entries =
        [
            new(Now, "ord_1", "pi_1", "test", PaymentLogKind.Created, 5000, null),
            new(Now, "ord_2", "pi_2", "test", PaymentLogKind.Created, 100, null),
            new(Now + 1, "ord_1", "pi_1", "test", PaymentLogKind.Failed, 5000, "generic_decline"),
            new(Now + 2, "ord_1", null, "test", PaymentLogKind.WebhookReceived, null, null),
        ];
        foreach (var entry in entries)
        {
            await log.AppendAsync(entry, Ct);
        }

        Assert.Equal([entries[0], entries[2], entries[3]], await log.ListForOrderAsync("ord_1", Ct));
        Assert.Empty(await log.ListForOrderAsync("ord_none", Ct));
    }
}
