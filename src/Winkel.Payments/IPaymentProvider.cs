namespace Winkel.Payments;

/// <summary>Where a payment stands, with Stripe's PaymentIntent meanings.</summary>
public enum PaymentStatus
{
    /// <summary>Charged. Final (a refund does not change it).</summary>
    Succeeded,

    /// <summary>Waiting for the shopper (3-D Secure): send them to <see cref="PaymentIntent.RedirectUrl"/>; a webhook tells the outcome.</summary>
    RequiresAction,

    /// <summary>Declined or the challenge failed; see <see cref="PaymentIntent.DeclineCode"/>. Final: a retry is a new attempt.</summary>
    Failed,

    /// <summary>Cancelled before it was confirmed. Final.</summary>
    Canceled,
}

/// <summary>
/// A charge of <paramref name="AmountMinor"/> (cents) for one attempt at paying an order. The provider
/// derives its idempotency key from (<paramref name="OrderId"/>, <paramref name="Attempt"/>): the same
/// request again returns the same <see cref="PaymentIntent"/> and charges once; a different amount,
/// currency or method under the same key is a programming error (<see cref="InvalidOperationException"/>).
/// <paramref name="PaymentMethod"/> is a token (<c>pm_…</c>), never card data. <paramref name="ReturnUrl"/>
/// is where the shopper lands after a 3-D Secure challenge: a path on this store (<c>/orders/…</c>) or an
/// absolute http(s) URL; <c>payment_intent</c> and <c>redirect_status</c> are added to its query, as Stripe does.
/// </summary>
public sealed record PaymentRequest(string OrderId, int Attempt, long AmountMinor, string Currency, string PaymentMethod, string ReturnUrl);

/// <summary>A payment as the provider sees it. <see cref="RedirectUrl"/> is set only while <see cref="PaymentStatus.RequiresAction"/>.</summary>
public sealed record PaymentIntent(
    string PaymentId,
    string OrderId,
    PaymentStatus Status,
    long AmountMinor,
    string Currency,
    string? RedirectUrl,
    string? DeclineCode);

public enum RefundStatus
{
    Succeeded,
    Refused,
}

/// <summary>
/// The answer to a refund. Succeeded: <see cref="RefundId"/> and <see cref="AmountMinor"/> of this refund,
/// <see cref="RefundedTotalMinor"/> of the payment so far. Refused: <see cref="Reason"/> is one of
/// <c>payment_not_found</c>, <c>payment_not_succeeded</c>, <c>invalid_amount</c>, <c>amount_exceeds_refundable</c>.
/// </summary>
public sealed record RefundOutcome(RefundStatus Status, string? RefundId, long AmountMinor, long RefundedTotalMinor, string? Reason)
{
    public static RefundOutcome Refused(string reason, long refundedTotalMinor = 0) => new(RefundStatus.Refused, null, 0, refundedTotalMinor, reason);
}

/// <summary>
/// The payments port: one implementation, chosen by <c>Winkel:Payments:Provider</c>. Outcomes decided
/// after a call returns (3-D Secure) arrive as webhooks, through <see cref="IPaymentOutcomeHandler"/>.
/// </summary>
public interface IPaymentProvider
{
    /// <summary><c>test</c> or <c>stripe</c>.</summary>
    string Name { get; }

    /// <summary>Creates and confirms a payment; idempotent on (OrderId, Attempt), see <see cref="PaymentRequest"/>.</summary>
    Task<PaymentIntent> CreateAndConfirmAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>The payment now, or null for an unknown id: for reconciling an order whose webhook never came.</summary>
    Task<PaymentIntent?> GetAsync(string paymentId, CancellationToken cancellationToken);

    /// <summary>
    /// The payment made for an order's attempt, or null if none was made: for reconciling an order whose
    /// process stopped between the charge and recording it (Stripe: search by <c>metadata.orderId</c>).
    /// </summary>
    Task<PaymentIntent?> FindAsync(string orderId, int attempt, CancellationToken cancellationToken);

    /// <summary>
    /// Refunds all or part of a succeeded payment; refused when more than captured minus already
    /// refunded. The same <paramref name="idempotencyKey"/> again answers the first refund and refunds once.
    /// </summary>
    Task<RefundOutcome> RefundAsync(string paymentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Cancels a payment still waiting for 3-D Secure; does nothing to a final or unknown one.</summary>
    Task CancelAsync(string paymentId, CancellationToken cancellationToken);
}
