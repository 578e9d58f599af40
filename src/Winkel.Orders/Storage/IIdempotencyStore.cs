namespace Winkel.Orders.Storage;

/// <summary>
/// Idempotency-Key records, scoped per caller. A request first claims its key; the order placed under
/// it is bound in the same transaction as the order; the final response is stored for replays.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims <paramref name="key"/> for a request with <paramref name="requestHash"/>, or says why not:
    /// the same request finished (replay it), is running (409), or another body used the key (422).
    /// A claim whose lease ran out without an order can be taken over. <paramref name="claimToken"/> names
    /// this claim: only the request holding it can bind an order to the key (<see cref="PlaceOrder.ClaimToken"/>).
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(
        string key, string requestHash, string claimToken, long now, long leaseUntil, long expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Whether a record for <paramref name="key"/> exists and has not expired (a read, no claim).</summary>
    Task<bool> ExistsAsync(string key, long now, CancellationToken cancellationToken = default);

    /// <summary>Stores the response to replay for the key.</summary>
    Task CompleteAsync(string key, int status, string body, CancellationToken cancellationToken = default);

    /// <summary>Forgets a claim whose request failed before it changed anything (so that a retry runs afresh).</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken = default);

    Task<int> DeleteExpiredAsync(long now, int limit, CancellationToken cancellationToken = default);
}

public enum IdempotencyState
{
    Claimed,
    Completed,
    InFlight,
    Mismatch,
}

/// <summary>The outcome of a claim; for <see cref="IdempotencyState.Completed"/> the stored response, and the order bound to the key if any.</summary>
public sealed record IdempotencyClaim(IdempotencyState State, int Status = 0, string? Body = null, string? OrderId = null);
