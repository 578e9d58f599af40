using Microsoft.Extensions.DependencyInjection;
using Winkel.Payments;
using Winkel.Payments.Storage;

namespace Winkel.Server.Tests.Payments;

public sealed class TestProviderTests : IAsyncLifetime
{
    private readonly PaymentsHost _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("pm_card_visa", PaymentStatus.Succeeded, null)]
    [InlineData("pm_card_mastercard", PaymentStatus.Succeeded, null)]
    [InlineData("pm_card_chargeDeclined", PaymentStatus.Failed, "generic_decline")]
    [InlineData("pm_card_chargeDeclinedInsufficientFunds", PaymentStatus.Failed, "insufficient_funds")]
    [InlineData("pm_card_authenticationRequired", PaymentStatus.RequiresAction, null)]
    [InlineData("pm_card_unknown", PaymentStatus.Failed, "invalid_payment_method")]
    [InlineData("tok_visa", PaymentStatus.Failed, "invalid_payment_method")]
    public async Task CreateAndConfirm_GivesStripesTestOutcome_ForEachTestPaymentMethod(string method, PaymentStatus status, string? declineCode)
    {
        var intent = await _host.PayAsync(method, orderId: "ord_1", amountMinor: 4999);

        Assert.Equal((status, declineCode, "ord_1", 4999L, "EUR"), (intent.Status, intent.DeclineCode, intent.OrderId, intent.AmountMinor, intent.Currency));
        Assert.Matches("^pi_[A-Za-z0-9]{24}$", intent.PaymentId);
        Assert.Equal(status == PaymentStatus.RequiresAction ? $"/payments/test/challenge/{intent.PaymentId}" : null, intent.RedirectUrl);
        Assert.Equal(intent, await _host.Provider.GetAsync(intent.PaymentId, Ct));
        Assert.Equal("test", _host.Provider.Name);
    }

    [Fact]
    public async Task CreateAndConfirm_ReturnsTheSameIntent_WhenTheSameAttemptIsSentTwice()
    {
        var first = await _host.PayAsync("pm_card_visa", orderId: "ord_twice");
        var again = await _host.PayAsync("pm_card_visa", orderId: "ord_twice");
        var next = await _host.PayAsync("pm_card_visa", orderId: "ord_twice", attempt: 2);

        Assert.Equal(first, again);
        Assert.NotEqual(first.PaymentId, next.PaymentId);
        var log = await _host.App.Services.GetRequiredService<IPaymentLog>().ListForOrderAsync("ord_twice", Ct);
        Assert.Equal(2, log.Count(e => e.Kind == PaymentLogKind.Created));
    }

    [Fact]
    public async Task CreateAndConfirm_Throws_WhenAnAttemptIsReusedWithAnotherAmount()
    {
        await _host.PayAsync("pm_card_visa", orderId: "ord_reuse", amountMinor: 100);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _host.PayAsync("pm_card_visa", orderId: "ord_reuse", amountMinor: 200));
    }

    [Fact]
    public async Task PaymentLog_RecordsEachCallAndOutcome_WithoutTheToken()
    {
        var declined = await _host.PayAsync("pm_card_chargeDeclined", orderId: "ord_log");

        var log = await _host.App.Services.GetRequiredService<IPaymentLog>().ListForOrderAsync("ord_log", Ct);

        Assert.Equal([PaymentLogKind.Created, PaymentLogKind.Failed], log.Select(e => e.Kind));
        Assert.All(log, e => Assert.Equal((declined.PaymentId, "test", 1234L), (e.PaymentId, e.Provider, e.AmountMinor)));
        Assert.Equal("generic_decline", log[1].DeclineCode);
    }

    [Fact]
    public async Task Refund_TakesPartialRefunds_RefusesMoreThanIsLeft_AndRepeatsByKey()
    {
        var paid = await _host.PayAsync("pm_card_visa", orderId: "ord_refund", amountMinor: 5000);

        var part = await _host.Provider.RefundAsync(paid.PaymentId, 2000, "refund-1", Ct);
        var replay = await _host.Provider.RefundAsync(paid.PaymentId, 2000, "refund-1", Ct);
        var tooMuch = await _host.Provider.RefundAsync(paid.PaymentId, 3001, "refund-2", Ct);
        var rest = await _host.Provider.RefundAsync(paid.PaymentId, 3000, "refund-3", Ct);

        Assert.Equal((RefundStatus.Succeeded, 2000L, 2000L), (part.Status, part.AmountMinor, part.RefundedTotalMinor));
        Assert.Matches("^re_[A-Za-z0-9]{24}$", part.RefundId);
        Assert.Equal(part, replay);
        Assert.Equal((RefundStatus.Refused, "amount_exceeds_refundable"), (tooMuch.Status, tooMuch.Reason));
        Assert.Equal(5000, rest.RefundedTotalMinor);
        var log = await _host.App.Services.GetRequiredService<IPaymentLog>().ListForOrderAsync("ord_refund", Ct);
        Assert.Equal([2000L, 3000L], log.Where(e => e.Kind == PaymentLogKind.Refunded).Select(e => e.AmountMinor!.Value));
    }

    [Theory]
    [InlineData("pm_card_chargeDeclined", 100, "payment_not_succeeded")]
    [InlineData("pm_card_visa", 0, "invalid_amount")]
    [InlineData("pm_card_visa", -5, "invalid_amount")]
    public async Task Refund_IsRefused_ForAFailedPaymentOrANonPositiveAmount(string method, long amount, string reason)
    {
        var payment = await _host.PayAsync(method);

        var refund = await _host.Provider.RefundAsync(payment.PaymentId, amount, "k", Ct);

        Assert.Equal((RefundStatus.Refused, reason), (refund.Status, refund.Reason));
    }

    [Fact]
    public async Task Cancel_CancelsAWaitingPayment_AndLeavesAFinalOneAlone()
    {
        var waiting = await _host.PayAsync("pm_card_authenticationRequired");
        var paid = await _host.PayAsync("pm_card_visa");

        await _host.Provider.CancelAsync(waiting.PaymentId, Ct);
        await _host.Provider.CancelAsync(paid.PaymentId, Ct);
        await _host.Provider.CancelAsync("pi_unknown", Ct);

        var canceled = await _host.Provider.GetAsync(waiting.PaymentId, Ct);
        Assert.Equal((PaymentStatus.Canceled, null), (canceled!.Status, canceled.RedirectUrl));
        Assert.Equal(PaymentStatus.Succeeded, (await _host.Provider.GetAsync(paid.PaymentId, Ct))!.Status);
    }

    [Fact]
    public async Task Secret_IsGeneratedIntoTheDataFolder_OwnerOnly_WhenNotConfigured()
    {
        var secret = _host.Secret;

        var path = Path.Combine(_host.DataDir, "webhook-secret");
        Assert.Equal(secret, await File.ReadAllTextAsync(path, Ct));
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }
}
