namespace Winkel.Catalog.Storage;

/// <summary>
/// A listing read from the category/price index. Without a category the whole catalog is listed in
/// price order. <see cref="After"/> is the key of the last item of the previous page.
/// </summary>
public sealed record ProductListQuery(
    string? Category,
    decimal? MinPrice,
    decimal? MaxPrice,
    bool Descending,
    int Limit,
    ProductKey? After);

/// <summary>A position in the category/price index: the price and id of a product.</summary>
public readonly record struct ProductKey(decimal Price, string ProductId);

/// <summary>A page of products and the key to continue after, null on the last page.</summary>
public sealed record ProductPage(IReadOnlyList<Products.StoredProduct> Items, ProductKey? Next);

/// <summary>A category, its subcategories and how many products it holds.</summary>
public sealed record CategorySummary(string Category, IReadOnlyList<string> Subcategories, long ProductCount);
