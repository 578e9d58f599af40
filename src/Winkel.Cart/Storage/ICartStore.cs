namespace Winkel.Cart.Storage;

/// <summary>
/// The cart port, shaped like the reference Carts table: one item per owner (partition key
/// <c>userId</c>) with a TTL attribute. Expired carts are invisible to every read at once, whatever
/// the backend's own deletion lag.
/// </summary>
public interface ICartStore
{
    /// <summary>The owner's cart unless it is missing or expired at <paramref name="now"/>.</summary>
    Task<Carts.Cart?> GetAsync(string ownerId, long now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the cart (its <see cref="Carts.Cart.Version"/> must be one more than what was read, 1 for a
    /// new cart) only if the stored version is still <c>Version - 1</c>, an expired cart counting as none.
    /// False when another write came first: read again and retry.
    /// </summary>
    Task<bool> SaveAsync(Carts.Cart cart, long now, CancellationToken cancellationToken = default);

    Task DeleteAsync(string ownerId, CancellationToken cancellationToken = default);

    /// <summary>Deletes up to <paramref name="limit"/> carts expired at <paramref name="now"/>; returns how many, and how many of them held items.</summary>
    Task<(int Deleted, int WithItems)> DeleteExpiredAsync(long now, int limit, CancellationToken cancellationToken = default);
}
