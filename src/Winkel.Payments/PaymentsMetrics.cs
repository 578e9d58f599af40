using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Winkel.Payments;

/// <summary>
/// The <c>Winkel.Payments</c> meter. Tags carry the provider, the outcome and the issuer's decline code
/// (<c>insufficient_funds</c>, <c>generic_decline</c>…), never an order, customer or card detail.
/// </summary>
public static class PaymentsMetrics
{
    public const string MeterName = "Winkel.Payments";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Charges = Meter.CreateCounter<long>(
        "winkel.payments.charges", description: "Payment attempts by their first outcome (succeeded, requires_action, failed, canceled).");

    private static readonly Counter<long> Webhooks = Meter.CreateCounter<long>(
        "winkel.payments.webhooks", description: "Webhook deliveries by what was done with them (applied, duplicate, ignored, rejected).");

    /// <summary>Records the outcome a charge call gave; <paramref name="declineCode"/> only for a failure.</summary>
    public static void Charge(string provider, PaymentStatus status, string? declineCode) =>
        Charges.Add(1, new TagList
        {
            { "provider", provider },
            { "outcome", status.ToWire() },
            { "decline_code", status == PaymentStatus.Failed ? declineCode ?? "unknown" : "none" },
        });

    internal static void Webhook(string outcome, string? type, string? declineCode) =>
        Webhooks.Add(1, new TagList
        {
            { "outcome", outcome },
            { "type", type is null ? "none" : KnownType(type) },
            { "decline_code", declineCode ?? "none" },
        });

    // An event type is chosen by whoever signed the event, but only known ones become tag values, so
    // the metric's cardinality stays bounded.
    private static string KnownType(string type) => type.StartsWith("payment_intent.", StringComparison.Ordinal) && type.Length < 64 ? type : "other";
}
