using Winkel.Catalog.Products;

namespace Winkel.Search;

/// <summary>
/// Product search with faceted navigation, for the JSON API and the storefront alike (the storefront
/// calls this in process, never <c>/api/search</c> over HTTP).
/// </summary>
public interface ISearchService
{
    /// <summary>One page of matches with facet counts; each facet's counts apply every filter except its own.</summary>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> completions of <paramref name="prefix"/>, best first.</summary>
    Task<IReadOnlyList<string>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken);
}

/// <summary>What a shopper asked for; <see cref="Page"/> counts from 1.</summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = "";
    public string? Category { get; init; }
    public IReadOnlyList<string> Brands { get; init; } = [];
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public decimal? MinRating { get; init; }
    public bool InStockOnly { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 24;
}

/// <summary>The sorts of <c>GET /api/search</c>: <c>relevance</c>, <c>price</c>, <c>-price</c>, <c>rating</c>, <c>newest</c>.</summary>
public enum SearchSort
{
    Relevance,
    PriceAscending,
    PriceDescending,
    Rating,
    Newest,
}

/// <summary>The wire names of <see cref="SearchSort"/>, one mapping for the API and the storefront.</summary>
public static class SearchSorts
{
    /// <summary>The sort a wire name names (null or empty: relevance); null for a name that is none.</summary>
    public static SearchSort? Parse(string? name) => name switch
    {
        null or "" or "relevance" => SearchSort.Relevance,
        "price" => SearchSort.PriceAscending,
        "-price" => SearchSort.PriceDescending,
        "rating" => SearchSort.Rating,
        "newest" => SearchSort.Newest,
        _ => null,
    };
}

/// <summary>One page of matches: the products in the API's JSON form, and the facet counts.</summary>
public sealed record SearchResult(long Total, int Page, int PageSize, IReadOnlyList<StoredProduct> Items, SearchFacets Facets);

public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Category,
    IReadOnlyList<FacetCount> Brand,
    IReadOnlyList<PriceBucketCount> Price,
    IReadOnlyList<FacetCount> Rating);

public sealed record FacetCount(string Value, long Count);

/// <summary>A price bucket: <see cref="From"/> inclusive, <see cref="To"/> exclusive, null for the open top bucket.</summary>
public sealed record PriceBucketCount(decimal From, decimal? To, long Count);
