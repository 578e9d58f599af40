using System.Security.Cryptography;
using Winkel.Core;
using Winkel.Payments.Storage;

namespace Winkel.Payments.TestProvider;

/// <summary>
/// The built-in provider: Stripe's test mode without a network. Outcomes follow
/// <see cref="TestPaymentMethods"/>; a 3-D Secure payment waits for the challenge page of this store
/// (<see cref="ChallengePath"/>), which decides it and delivers the webhook event.
/// </summary>
internal sealed class TestPaymentProvider(ITestPaymentStore store, IPaymentLog log, TimeProvider time) : IPaymentProvider
{
    public const string ProviderName = "test";

    private const string IdAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public string Name => ProviderName;

    public static string ChallengePath(string paymentId) => $"/payments/test/challenge/{paymentId}";

    /// <summary><paramref name="prefix"/> and 24 random letters and digits, like Stripe's ids.</summary>
    public static string NewId(string prefix) => prefix + new string(RandomNumberGenerator.GetItems<char>(IdAlphabet, 24));

    public async Task<PaymentIntent> CreateAndConfirmAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        Validate(request);
        var now = time.Now();
        var (status, declineCode) = TestPaymentMethods.OutcomeOf(request.PaymentMethod);
        var candidate = new TestPayment(NewId("pi_"), request.OrderId, request.Attempt, status, request.AmountMinor, request.Currency,
            request.PaymentMethod, request.ReturnUrl, declineCode, System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24)),
            RefundedMinor: 0, now, now);
        var stored = await store.CreateOrGetAsync(candidate, [Entry(candidate, PaymentLogKind.Created), Entry(candidate, KindOf(status))], cancellationToken);
        if (stored.PaymentId != candidate.PaymentId)
        {
            if (stored.AmountMinor != request.AmountMinor || stored.Currency != request.Currency || stored.PaymentMethod != request.PaymentMethod)
            {
                throw new InvalidOperationException(
                    $"Payment attempt {request.Attempt} of order {request.OrderId} was made before with another amount, currency or payment method; use a new attempt number.");
            }
            return ToIntent(stored);
        }
        PaymentsMetrics.Charge(Name, stored.Status, stored.DeclineCode);
        return ToIntent(stored);
    }

    public async Task<PaymentIntent?> GetAsync(string paymentId, CancellationToken cancellationToken) =>
        await store.GetAsync(paymentId, cancellationToken) is { } payment ? ToIntent(payment) : null;

    public async Task<PaymentIntent?> FindAsync(string orderId, int attempt, CancellationToken cancellationToken) =>
        await store.FindAsync(orderId, attempt, cancellationToken) is { } payment ? ToIntent(payment) : null;

    public async Task<RefundOutcome> RefundAsync(string paymentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        if (amountMinor <= 0)
        {
            return RefundOutcome.Refused("invalid_amount");
        }
        var result = await store.RefundAsync(paymentId, amountMinor, idempotencyKey, NewId("re_"), time.Now(), cancellationToken);
        if (result.Outcome.Status == RefundStatus.Succeeded && !result.Replayed && await store.GetAsync(paymentId, cancellationToken) is { } payment)
        {
            await log.AppendAsync(new PaymentLogEntry(time.Now(), payment.OrderId, paymentId, Name, PaymentLogKind.Refunded, amountMinor, null), cancellationToken);
        }
        return result.Outcome;
    }

    public async Task CancelAsync(string paymentId, CancellationToken cancellationToken)
    {
        if (await store.TryFinishAsync(paymentId, PaymentStatus.Canceled, null, time.Now(), cancellationToken)
            && await store.GetAsync(paymentId, cancellationToken) is { } payment)
        {
            await AppendAsync(payment, PaymentLogKind.Canceled, cancellationToken);
        }
    }

    /// <summary>Decides a waiting payment from its challenge page; false when it was not waiting.</summary>
    public async Task<bool> CompleteChallengeAsync(TestPayment payment, bool approved, CancellationToken cancellationToken)
    {
        var status = approved ? PaymentStatus.Succeeded : PaymentStatus.Failed;
        var declineCode = approved ? null : TestPaymentMethods.AuthenticationFailed;
        if (!await store.TryFinishAsync(payment.PaymentId, status, declineCode, time.Now(), cancellationToken))
        {
            return false;
        }
        await AppendAsync(payment with { DeclineCode = declineCode }, KindOf(status), cancellationToken);
        return true;
    }

    public static PaymentIntent ToIntent(TestPayment payment) => new(
        payment.PaymentId, payment.OrderId, payment.Status, payment.AmountMinor, payment.Currency,
        payment.Status == PaymentStatus.RequiresAction ? ChallengePath(payment.PaymentId) : null, payment.DeclineCode);

    private Task AppendAsync(TestPayment payment, PaymentLogKind kind, CancellationToken cancellationToken) =>
        log.AppendAsync(Entry(payment, kind), cancellationToken);

    private PaymentLogEntry Entry(TestPayment payment, PaymentLogKind kind) =>
        new(time.Now(), payment.OrderId, payment.PaymentId, Name, kind, payment.AmountMinor, kind == PaymentLogKind.Failed ? payment.DeclineCode : null);

    private static PaymentLogKind KindOf(PaymentStatus status) => status switch
    {
        PaymentStatus.Succeeded => PaymentLogKind.Succeeded,
        PaymentStatus.RequiresAction => PaymentLogKind.RequiresAction,
        PaymentStatus.Failed => PaymentLogKind.Failed,
        _ => PaymentLogKind.Canceled,
    };

    private static void Validate(PaymentRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OrderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PaymentMethod);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Attempt, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.AmountMinor, 1);
        if (request.Currency is not { Length: 3 } || !request.Currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("Currency must be an ISO 4217 code in capitals, such as EUR.", nameof(request));
        }
        if (!ReturnUrls.IsAllowed(request.ReturnUrl))
        {
            throw new ArgumentException("ReturnUrl must be a path on this store (starting with one /) or an absolute http(s) URL.", nameof(request));
        }
    }
}
