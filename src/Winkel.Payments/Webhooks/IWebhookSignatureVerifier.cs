namespace Winkel.Payments.Webhooks;

/// <summary>
/// Checks a webhook's <c>Stripe-Signature</c> header against the raw body and the webhook secret. The
/// built-in provider uses Winkel's own implementation of Stripe's scheme; the Stripe adapter registers
/// one that calls Stripe.net's verifier. Either way: 300 seconds of tolerance and any of several
/// <c>v1</c> signatures may match (Stripe sends one per active secret while a secret is rolled).
/// </summary>
public interface IWebhookSignatureVerifier
{
    /// <summary>Null when <paramref name="header"/> is valid for <paramref name="body"/> now; else why not (safe to answer, never secret).</summary>
    string? Verify(ReadOnlyMemory<byte> body, string? header, string secret);
}

/// <summary>The built-in verifier: <see cref="WebhookSignature.Verify"/> at the current time.</summary>
internal sealed class WinkelWebhookSignatureVerifier(TimeProvider time) : IWebhookSignatureVerifier
{
    public string? Verify(ReadOnlyMemory<byte> body, string? header, string secret) =>
        WebhookSignature.Verify(header, body.Span, secret, time.GetUtcNow());
}
