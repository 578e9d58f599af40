using Stripe;
using Winkel.Payments.Storage;

namespace Winkel.Payments.Stripe;

/// <summary>Stripe's PaymentIntent, read into the port's terms.</summary>
internal static class StripeIntents
{
    public const string OrderIdKey = "orderId";
    public const string AttemptKey = "attempt";

    /// <summary>
    /// <c>succeeded</c> → Succeeded; <c>requires_action</c> (and <c>processing</c>, which a webhook ends) →
    /// RequiresAction with Stripe's <c>next_action.redirect_to_url.url</c>; <c>requires_payment_method</c> after a
    /// confirmation (a decline or a failed challenge) → Failed; <c>canceled</c> → Canceled.
    /// </summary>
    public static PaymentIntent ToPort(global::Stripe.PaymentIntent intent, string? orderId)
    {
        var status = intent.Status switch
        {
            "succeeded" => PaymentStatus.Succeeded,
            "requires_payment_method" => PaymentStatus.Failed,
            "canceled" => PaymentStatus.Canceled,
            _ => PaymentStatus.RequiresAction,
        };
        var redirect = status == PaymentStatus.RequiresAction ? intent.NextAction?.RedirectToUrl?.Url : null;
        var declineCode = status == PaymentStatus.Failed ? intent.LastPaymentError?.DeclineCode ?? intent.LastPaymentError?.Code : null;
        var order = orderId ?? (intent.Metadata is { } metadata && metadata.TryGetValue(OrderIdKey, out var id) ? id : "");
        return new PaymentIntent(intent.Id, order, status, intent.Amount, intent.Currency?.ToUpperInvariant() ?? "", redirect, declineCode);
    }

    public static bool IsMissing(StripeException exception) =>
        exception.StripeError?.Code == "resource_missing" || exception.HttpStatusCode == System.Net.HttpStatusCode.NotFound;

    public static PaymentLogKind LogKind(PaymentStatus status) => status switch
    {
        PaymentStatus.Succeeded => PaymentLogKind.Succeeded,
        PaymentStatus.RequiresAction => PaymentLogKind.RequiresAction,
        PaymentStatus.Failed => PaymentLogKind.Failed,
        _ => PaymentLogKind.Canceled,
    };
}
