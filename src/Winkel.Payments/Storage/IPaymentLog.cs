namespace Winkel.Payments.Storage;

/// <summary>What happened to a payment, as written to the append-only payment log.</summary>
public enum PaymentLogKind
{
    Created,
    RequiresAction,
    Succeeded,
    Failed,
    Refunded,
    Canceled,
    WebhookReceived,
}

/// <summary>
/// One line of the payment log: never card data, never personal data beyond the order id.
/// <see cref="AmountMinor"/> is the payment's amount, or the refund's for <see cref="PaymentLogKind.Refunded"/>.
/// </summary>
public sealed record PaymentLogEntry(
    long Time,
    string? OrderId,
    string? PaymentId,
    string Provider,
    PaymentLogKind Kind,
    long? AmountMinor,
    string? DeclineCode);

/// <summary>The append-only record of every provider call and outcome, for support and bookkeeping.</summary>
public interface IPaymentLog
{
    Task AppendAsync(PaymentLogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>An order's entries, oldest first.</summary>
    Task<IReadOnlyList<PaymentLogEntry>> ListForOrderAsync(string orderId, CancellationToken cancellationToken = default);
}

public static class PaymentLogKinds
{
    public static string ToWire(this PaymentLogKind kind) => kind switch
    {
        PaymentLogKind.Created => "created",
        PaymentLogKind.RequiresAction => "requires_action",
        PaymentLogKind.Succeeded => "succeeded",
        PaymentLogKind.Failed => "failed",
        PaymentLogKind.Refunded => "refunded",
        PaymentLogKind.Canceled => "canceled",
        _ => "webhook_received",
    };

    public static PaymentLogKind Parse(string wire) => wire switch
    {
        "created" => PaymentLogKind.Created,
        "requires_action" => PaymentLogKind.RequiresAction,
        "succeeded" => PaymentLogKind.Succeeded,
        "failed" => PaymentLogKind.Failed,
        "refunded" => PaymentLogKind.Refunded,
        "canceled" => PaymentLogKind.Canceled,
        "webhook_received" => PaymentLogKind.WebhookReceived,
        _ => throw new FormatException($"Unknown payment log kind '{wire}'."),
    };
}
