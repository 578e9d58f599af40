namespace Winkel.Catalog.Changes;

/// <summary>
/// The durable record of catalog writes, read in position order. A change is in the feed before the
/// write that made it is acknowledged, so a consumer that resumes from its checkpoint misses nothing.
/// </summary>
public interface ICatalogChangeFeed
{
    /// <summary>Up to <paramref name="limit"/> changes with a position after <paramref name="afterPosition"/>, oldest first.</summary>
    Task<IReadOnlyList<CatalogChange>> ReadAsync(long afterPosition, int limit, CancellationToken cancellationToken = default);

    /// <summary>The position of the newest change, 0 when the feed is empty.</summary>
    Task<long> GetLastPositionAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes up to <paramref name="limit"/> of the oldest changes made before <paramref name="changedBefore"/>; returns how many.</summary>
    Task<int> PruneAsync(long changedBefore, int limit, CancellationToken cancellationToken = default);
}

/// <summary>Where each named consumer of the change feed has got to, kept durably.</summary>
public interface IChangeFeedCheckpoints
{
    /// <summary>The last position the consumer handled; 0 when it has never run.</summary>
    Task<long> GetAsync(string consumer, CancellationToken cancellationToken = default);

    Task SaveAsync(string consumer, long position, CancellationToken cancellationToken = default);
}
