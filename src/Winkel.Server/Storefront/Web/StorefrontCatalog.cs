using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;

namespace Winkel.Server.Storefront.Web;

/// <summary>The catalog reads the pages make, all through <see cref="ICatalogStore"/> in process.</summary>
internal sealed class StorefrontCatalog(ICatalogStore catalog)
{
    public const int PageSize = 24;

    public Task<IReadOnlyList<CategorySummary>> CategoriesAsync(CancellationToken cancellationToken) =>
        catalog.GetCategoriesAsync(cancellationToken);

    /// <summary>Up to <paramref name="count"/> products of the category that are in stock and rated 4 or better, best rated first.</summary>
    public async Task<IReadOnlyList<Product>> FeaturedAsync(string category, int count, CancellationToken cancellationToken)
    {
        var page = await catalog.ListAsync(new ProductListQuery(category, null, null, Descending: true, Limit: 60, After: null), cancellationToken);
        return page.Items.Select(i => i.Product)
            .Where(p => p.InStock && p.Rating >= 4m)
            .OrderByDescending(p => p.Rating).ThenBy(p => p.ProductId, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>Products of the same subcategory near the product's price, for the "similar items" slot.</summary>
    public async Task<IReadOnlyList<Product>> SimilarAsync(Product product, int count, CancellationToken cancellationToken)
    {
        var page = await catalog.ListAsync(
            new ProductListQuery(product.Category, decimal.Round(product.Price * 0.6m, 2), decimal.Round(product.Price * 1.6m, 2), false, 80, null),
            cancellationToken);
        return page.Items.Select(i => i.Product)
            .Where(p => p.ProductId != product.ProductId && p.Subcategory == product.Subcategory && p.InStock)
            .OrderBy(p => Math.Abs(p.Price - product.Price))
            .Take(count)
            .ToList();
    }

    /// <summary>A page of a category in price order; <paramref name="cursor"/> comes from the previous page's link.</summary>
    public async Task<(IReadOnlyList<Product> Items, string? Next)> ListAsync(
        string? category, bool descending, decimal? minPrice, decimal? maxPrice, string? cursor, CancellationToken cancellationToken)
    {
        ProductKey? after = cursor is not null && ProductCursor.TryDecode(cursor, category, descending, out var key) ? key : null;
        var page = await catalog.ListAsync(new ProductListQuery(category, minPrice, maxPrice, descending, PageSize, after), cancellationToken);
        var next = page.Next is { } n ? ProductCursor.Encode(n, category, descending) : null;
        return (page.Items.Select(i => i.Product).ToList(), next);
    }
}
