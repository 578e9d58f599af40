namespace Winkel.Payments;

/// <summary>
/// The provider could not be reached or kept refusing for load (after the adapter's retries), or the
/// adapter's outbound queue is full: nothing was charged, or the charge's outcome is unknown and the
/// reconciliation job will learn it. The API answers 503 with <c>Retry-After</c>.
/// </summary>
public sealed class PaymentProviderUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>When a retry may succeed.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(5);
}
