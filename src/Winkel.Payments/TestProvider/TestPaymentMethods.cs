namespace Winkel.Payments.TestProvider;

/// <summary>
/// Stripe's test payment methods and what the built-in test provider does with each. Any other value
/// fails with decline code <c>invalid_payment_method</c>, as Stripe answers an unknown method.
/// </summary>
public static class TestPaymentMethods
{
    public const string Visa = "pm_card_visa";
    public const string Mastercard = "pm_card_mastercard";
    public const string Declined = "pm_card_chargeDeclined";
    public const string InsufficientFunds = "pm_card_chargeDeclinedInsufficientFunds";
    public const string AuthenticationRequired = "pm_card_authenticationRequired";

    public const string InvalidPaymentMethod = "invalid_payment_method";

    /// <summary>The decline code a failed 3-D Secure challenge leaves.</summary>
    public const string AuthenticationFailed = "authentication_failed";

    public static IReadOnlyList<string> All { get; } = [Visa, Mastercard, Declined, InsufficientFunds, AuthenticationRequired];

    /// <summary>The status and decline code confirming with <paramref name="paymentMethod"/> gives.</summary>
    public static (PaymentStatus Status, string? DeclineCode) OutcomeOf(string paymentMethod) => paymentMethod switch
    {
        Visa or Mastercard => (PaymentStatus.Succeeded, null),
        Declined => (PaymentStatus.Failed, "generic_decline"),
        InsufficientFunds => (PaymentStatus.Failed, "insufficient_funds"),
        AuthenticationRequired => (PaymentStatus.RequiresAction, null),
        _ => (PaymentStatus.Failed, InvalidPaymentMethod),
    };
}
