namespace Winkel.Catalog.Changes;

/// <summary>
/// An in-process consumer of the catalog change feed (cache invalidation, output-cache eviction, the
/// search indexer). Register as a singleton; <see cref="CatalogChangeDispatcher"/> delivers batches in
/// order, at least once, retrying a batch whose handling threw.
/// </summary>
public interface ICatalogChangeHandler
{
    /// <summary>Names the consumer's checkpoint; stable across releases.</summary>
    string Name { get; }

    /// <summary>
    /// True: resume after the durable checkpoint (a consumer with durable state, such as a search index).
    /// False: start from the newest change at start-up (a consumer whose state starts empty, such as a cache).
    /// </summary>
    bool ResumesFromCheckpoint { get; }

    Task HandleAsync(IReadOnlyList<CatalogChange> changes, CancellationToken cancellationToken);
}
