using Winkel.Core.Http;

namespace Winkel.Payments;

/// <summary>
/// What the checkout page and the Content-Security-Policy need from the configured provider.
/// <see cref="StripePublishableKey"/> (<c>pk_…</c>, public by design) is set only with the Stripe provider, and
/// the checkout page collects the card with Stripe.js when it is. The source lists are the origins the provider's
/// browser script needs, added to the policy's <c>script-src</c>, <c>frame-src</c>, <c>connect-src</c> and
/// <c>form-action</c> by <see cref="AddTo"/>; empty for the built-in provider, whose pages need nothing from elsewhere.
/// </summary>
public sealed record PaymentsBrowserSettings(
    string Provider,
    string? StripePublishableKey,
    IReadOnlyList<string> ScriptSources,
    IReadOnlyList<string> FrameSources,
    IReadOnlyList<string> ConnectSources,
    IReadOnlyList<string> FormActionSources)
{
    /// <summary>The built-in test provider: test payment-method ids in a plain form, nothing from other origins.</summary>
    public static PaymentsBrowserSettings TestProvider { get; } = new("test", null, [], [], [], []);

    /// <summary>Adds these sources to the store's Content-Security-Policy (the edge builds the header once, at start).</summary>
    public void AddTo(ContentSecurityPolicy policy)
    {
        foreach (var (directive, sources) in new[] { ("script-src", ScriptSources), ("frame-src", FrameSources), ("connect-src", ConnectSources), ("form-action", FormActionSources) })
        {
            foreach (var source in sources)
            {
                policy.Add(directive, source);
            }
        }
    }
}
