namespace Winkel.Core.Caching;

/// <summary>
/// The tags cached catalog data carries, shared by the data cache (HybridCache), the output cache and
/// the pages that apply them: a change evicts exactly the entries that carry its tags.
/// </summary>
public static class CacheTags
{
    /// <summary>Everything showing one product: its detail, and every listing or page it appears in.</summary>
    public static string Product(string productId) => "product:" + productId;

    /// <summary>Every listing of one category (any price range, sort or page).</summary>
    public static string Listings(string category) => "listings:" + category;

    /// <summary>Every listing of the whole catalog (no category).</summary>
    public const string AllListings = "listings:*";

    /// <summary>The category list and its counts.</summary>
    public const string Categories = "categories";
}
