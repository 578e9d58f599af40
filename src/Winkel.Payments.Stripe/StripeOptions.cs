using System.ComponentModel.DataAnnotations;

namespace Winkel.Payments.Stripe;

/// <summary>
/// Settings under <c>Winkel:Payments:Stripe</c>, read only with <c>Winkel:Payments:Provider=Stripe</c>. The keys
/// come from the environment (<c>Winkel__Payments__Stripe__SecretKey</c>, filled from Secrets Manager by the
/// deployment): never from a file in the repository, never logged. The webhook signing secret is
/// <c>Winkel:Payments:WebhookSecret</c>, shared with the built-in provider's setting.
/// </summary>
public sealed class StripeOptions : IValidatableObject
{
    public const string Section = "Winkel:Payments:Stripe";

    public const string DefaultApiBase = "https://api.stripe.com";

    /// <summary>The secret (<c>sk_…</c>) or restricted (<c>rk_…</c>) API key.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "{0} is required with Winkel:Payments:Provider=Stripe: set Winkel:Payments:Stripe:SecretKey.")]
    public string? SecretKey { get; set; }

    /// <summary>The publishable key (<c>pk_…</c>) the checkout page gives Stripe.js.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "{0} is required with Winkel:Payments:Provider=Stripe: set Winkel:Payments:Stripe:PublishableKey.")]
    public string? PublishableKey { get; set; }

    /// <summary>
    /// The store's public address, such as <c>https://winkel.example</c>: Stripe sends the shopper back to
    /// <c>{StoreUrl}/orders/{orderId}</c> after 3-D Secure and needs an absolute URL.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "{0} is required with Winkel:Payments:Provider=Stripe: set Winkel:Payments:Stripe:StoreUrl.")]
    public string? StoreUrl { get; set; }

    /// <summary>Where Stripe's API is: always the default in production; a loopback fake in tests.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ApiBase { get; set; } = DefaultApiBase;

    /// <summary>
    /// Requests per second this node sends at most. Stripe allows about 100 per second in live mode (25 in
    /// test mode) for the whole account: divide by the number of nodes.
    /// </summary>
    [Range(1, 1000)]
    public int RequestsPerSecond { get; set; } = 25;

    /// <summary>Requests in flight at once from this node.</summary>
    [Range(1, 256)]
    public int MaxConcurrentRequests { get; set; } = 16;

    /// <summary>Requests that may wait for a slot; beyond this, checkout answers 503 with Retry-After.</summary>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; } = 2000;

    /// <summary>Retries of a request refused with 429 or lost to the network, with the same idempotency key.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry waits between half and all of this (jittered), doubling each time up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How long one request to Stripe may take before it counts as a network failure (and is retried).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the readiness check reuses its last look at Stripe.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan HealthCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SecretKey is { Length: > 0 } && !SecretKey.StartsWith("sk_", StringComparison.Ordinal) && !SecretKey.StartsWith("rk_", StringComparison.Ordinal))
        {
            yield return new ValidationResult($"{Section}:SecretKey must be a secret (sk_…) or restricted (rk_…) key.", [nameof(SecretKey)]);
        }
        if (PublishableKey is { Length: > 0 } && !PublishableKey.StartsWith("pk_", StringComparison.Ordinal))
        {
            yield return new ValidationResult($"{Section}:PublishableKey must be a publishable key (pk_…).", [nameof(PublishableKey)]);
        }
        if (SecretKey is { Length: > 3 } && PublishableKey is { Length: > 3 } && IsLive(SecretKey) != IsLive(PublishableKey))
        {
            yield return new ValidationResult($"{Section}:SecretKey and PublishableKey must both be live keys or both test keys.", [nameof(PublishableKey)]);
        }
        if (StoreUrl is { Length: > 0 } && !IsWebAddress(StoreUrl, httpOnlyOnLoopback: false))
        {
            yield return new ValidationResult($"{Section}:StoreUrl must be an absolute http(s) URL such as https://winkel.example.", [nameof(StoreUrl)]);
        }
        if (!IsWebAddress(ApiBase, httpOnlyOnLoopback: true))
        {
            yield return new ValidationResult($"{Section}:ApiBase must be an https URL (http only on loopback, for tests).", [nameof(ApiBase)]);
        }
    }

    private static bool IsLive(string key) => key.Contains("_live_", StringComparison.Ordinal);

    private static bool IsWebAddress(string value, bool httpOnlyOnLoopback) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && (!httpOnlyOnLoopback || uri.IsLoopback)));
}
