using System.Text;
using Stripe;
using Winkel.Payments.Webhooks;

namespace Winkel.Payments.Stripe;

/// <summary>
/// Webhook signatures checked by Stripe.net's own verifier (<see cref="EventUtility.ValidateSignature(string, string, string, long, long)"/>)
/// on the raw body: 300 seconds of tolerance, and any <c>v1</c> signature in the header may match, which is
/// how Stripe signs while an endpoint's secret is being rolled. The body is parsed by Winkel afterwards,
/// so an event of another API version is still read (only the fields Winkel needs).
/// </summary>
internal sealed class StripeWebhookVerifier(TimeProvider time) : IWebhookSignatureVerifier
{
    public const long ToleranceSeconds = 300;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string? Verify(ReadOnlyMemory<byte> body, string? header, string secret)
    {
        if (string.IsNullOrEmpty(header))
        {
            return "The Stripe-Signature header is missing.";
        }
        string json;
        try
        {
            json = StrictUtf8.GetString(body.Span);
        }
        catch (DecoderFallbackException)
        {
            return "The body is not UTF-8.";
        }
        try
        {
            EventUtility.ValidateSignature(json, header, secret, ToleranceSeconds, time.GetUtcNow().ToUnixTimeSeconds());
            return null;
        }
        catch (StripeException ex)
        {
            // Stripe.net's messages name what failed (no signature, no match, timestamp outside the
            // tolerance) and never the secret.
            return ex.Message;
        }
    }
}
