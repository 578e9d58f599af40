namespace Winkel.Payments;

/// <summary>
/// What the checkout page and the Content-Security-Policy need from the configured provider: the
/// extension point for the storefront and the edge. <see cref="StripePublishableKey"/> (<c>pk_…</c>, public by
/// design) is set only with the Stripe provider. The source lists are the origins the provider's browser
/// script needs, to be added to the policy's <c>script-src</c>, <c>frame-src</c> and <c>connect-src</c>;
/// empty for the built-in provider, whose pages need nothing from elsewhere.
/// </summary>
public sealed record PaymentsBrowserSettings(
    string Provider,
    string? StripePublishableKey,
    IReadOnlyList<string> ScriptSources,
    IReadOnlyList<string> FrameSources,
    IReadOnlyList<string> ConnectSources)
{
    /// <summary>The built-in test provider: test payment-method ids in a plain form, nothing from other origins.</summary>
    public static PaymentsBrowserSettings TestProvider { get; } = new("test", null, [], [], []);
}
