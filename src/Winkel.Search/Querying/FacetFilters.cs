namespace Winkel.Search.Querying;

/// <summary>
/// The filters of a query in index units (prices in cents, ratings in hundredths), evaluated per
/// document from doc values by <see cref="FacetingPass"/>.
/// </summary>
internal sealed record FacetFilters(
    string? Category,
    IReadOnlySet<string> Brands,
    long? MinPriceCents,
    long? MaxPriceCents,
    long? MinRatingHundredths,
    bool InStockOnly);

/// <summary>Which filter a document fails, as bits; a facet counts documents that fail at most its own filter.</summary>
[Flags]
internal enum FilterMiss
{
    None = 0,
    Category = 1,
    Brand = 2,
    Price = 4,
    Rating = 8,
    Stock = 16,
}
