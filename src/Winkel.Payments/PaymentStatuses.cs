namespace Winkel.Payments;

/// <summary>Payment statuses as Stripe writes them, for storage and webhook bodies.</summary>
public static class PaymentStatuses
{
    public static string ToWire(this PaymentStatus status) => status switch
    {
        PaymentStatus.Succeeded => "succeeded",
        PaymentStatus.RequiresAction => "requires_action",
        PaymentStatus.Failed => "failed",
        _ => "canceled",
    };

    public static PaymentStatus Parse(string wire) => wire switch
    {
        "succeeded" => PaymentStatus.Succeeded,
        "requires_action" => PaymentStatus.RequiresAction,
        "failed" => PaymentStatus.Failed,
        "canceled" => PaymentStatus.Canceled,
        _ => throw new FormatException($"Unknown payment status '{wire}'."),
    };
}
