namespace Winkel.Payments.Storage;

/// <summary>Webhook event ids already applied, so that a redelivered event has effect once.</summary>
public interface IPaymentEventLog
{
    Task<bool> HasProcessedAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Records <paramref name="eventId"/> as applied; false when it was recorded before.</summary>
    Task<bool> TryRecordAsync(string eventId, string type, string paymentId, long processedAt, CancellationToken cancellationToken = default);
}
