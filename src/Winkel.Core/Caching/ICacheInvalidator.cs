namespace Winkel.Core.Caching;

/// <summary>
/// Evicts cached data and cached responses by tag (<see cref="CacheTags"/>): on this node at once,
/// and on every other node when a fan-out (Redis pub/sub) is configured. Never scans keys.
/// </summary>
public interface ICacheInvalidator
{
    /// <summary>Evicts the tags here and tells the other nodes; returns when this node's caches are clean.</summary>
    Task InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default);

    /// <summary>Evicts the tags on this node only: for an invalidation another node announced.</summary>
    Task EvictLocallyAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default);
}

/// <summary>
/// Carries invalidations to the other nodes. The Redis adapter registers one; without it there is only
/// one node (the embedded profile) and nothing to tell.
/// </summary>
public interface ICacheInvalidationFanOut
{
    Task PublishAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default);
}
