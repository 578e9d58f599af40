using Winkel.Catalog.Changes;
using Winkel.Catalog.Products;
using Winkel.Core.Caching;

namespace Winkel.Catalog.Caching;

/// <summary>
/// Evicts what a catalog change makes stale, by tag: the product (its detail, and every page showing
/// it), the listings of its old and new category and of the whole catalog (a listing is cached as one
/// page, so a change of price or stock changes it), and the category list when the product was added,
/// removed or moved. Runs for every change in the feed, on every node: the admin endpoints also evict
/// at once on the node that wrote, before they answer, and the Redis adapter fans evictions out.
/// </summary>
internal sealed class CatalogCacheInvalidation(ICacheInvalidator invalidator) : ICatalogChangeHandler
{
    public string Name => "cache";

    public bool ResumesFromCheckpoint => false;

    public Task HandleAsync(IReadOnlyList<CatalogChange> changes, CancellationToken cancellationToken)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            AddTags(tags, change.ProductId, change.OldImage, change.NewImage);
        }
        return invalidator.InvalidateAsync(tags, cancellationToken);
    }

    public static HashSet<string> TagsFor(string productId, Product? old, Product? updated)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        AddTags(tags, productId, old, updated);
        return tags;
    }

    private static void AddTags(HashSet<string> tags, string productId, Product? old, Product? updated)
    {
        tags.Add(CacheTags.Product(productId));
        tags.Add(CacheTags.AllListings);
        if (old is not null)
        {
            tags.Add(CacheTags.Listings(old.Category));
        }
        if (updated is not null)
        {
            tags.Add(CacheTags.Listings(updated.Category));
        }
        if (old is null || updated is null || old.Category != updated.Category || old.Subcategory != updated.Subcategory)
        {
            tags.Add(CacheTags.Categories);
        }
    }
}
