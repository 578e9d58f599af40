namespace Winkel.Payments.Storage;

/// <summary>
/// A payment of the built-in test provider, kept durably so that a 3-D Secure challenge survives a
/// restart. <see cref="ChallengeNonce"/> is the random value the challenge form must send back.
/// </summary>
public sealed record TestPayment(
    string PaymentId,
    string OrderId,
    int Attempt,
    PaymentStatus Status,
    long AmountMinor,
    string Currency,
    string PaymentMethod,
    string ReturnUrl,
    string? DeclineCode,
    string ChallengeNonce,
    long RefundedMinor,
    long CreatedAt,
    long UpdatedAt);

/// <summary>A refund the store made, or why it refused; <see cref="Replayed"/> when the idempotency key had been used.</summary>
public sealed record TestRefundResult(RefundOutcome Outcome, bool Replayed);

/// <summary>The test provider's port: its payments and refunds.</summary>
public interface ITestPaymentStore
{
    /// <summary>
    /// Stores <paramref name="payment"/> unless a payment with its (OrderId, Attempt) exists; returns the
    /// stored one either way (compare <see cref="TestPayment.PaymentId"/> to know which). When it stores it,
    /// <paramref name="logWhenCreated"/> goes into the payment log in the same write.
    /// </summary>
    Task<TestPayment> CreateOrGetAsync(TestPayment payment, IReadOnlyList<PaymentLogEntry> logWhenCreated, CancellationToken cancellationToken = default);

    Task<TestPayment?> GetAsync(string paymentId, CancellationToken cancellationToken = default);

    /// <summary>The payment of an order's attempt, or null.</summary>
    Task<TestPayment?> FindAsync(string orderId, int attempt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a payment from <see cref="PaymentStatus.RequiresAction"/> to <paramref name="status"/>, once:
    /// false when it was not waiting (already final, or unknown).
    /// </summary>
    Task<bool> TryFinishAsync(string paymentId, PaymentStatus status, string? declineCode, long now, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: answers the earlier refund made under (<paramref name="paymentId"/>,
    /// <paramref name="idempotencyKey"/>) if there is one; else refuses unless the payment succeeded and
    /// <paramref name="amountMinor"/> is at most what is left to refund; else records the refund as <paramref name="refundId"/>.
    /// </summary>
    Task<TestRefundResult> RefundAsync(
        string paymentId, long amountMinor, string idempotencyKey, string refundId, long now, CancellationToken cancellationToken = default);
}
