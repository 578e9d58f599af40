using System.Globalization;
using Winkel.Search;

namespace Winkel.Server.Storefront.Web;

/// <summary>
/// A listing's filters as they appear in its URL (the names of <c>GET /api/search</c>: <c>q</c>,
/// <c>brand</c> (repeated), <c>minPrice</c>, <c>maxPrice</c>, <c>minRating</c>, <c>inStock</c>,
/// <c>sort</c>, <c>page</c>), so that every facet, sort and page is a plain link.
/// </summary>
public sealed record ListingQuery
{
    public const int PageSize = 24;

    public string Text { get; init; } = "";
    public string? Category { get; init; }
    public IReadOnlyList<string> Brands { get; init; } = [];
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public decimal? MinRating { get; init; }
    public bool InStock { get; init; }
    public string Sort { get; init; } = "";
    public int Page { get; init; } = 1;

    public bool IsFiltered => Brands.Count > 0 || MinPrice is not null || MaxPrice is not null || MinRating is not null || InStock;

    /// <summary>Reads the query string; a value that does not parse is ignored rather than refused, as a page should.</summary>
    public static ListingQuery From(IQueryCollection query, string? category, int maxPage) => new()
    {
        Text = query["q"].ToString().Trim() is { Length: <= 200 } text ? text : "",
        Category = category ?? (query["category"].ToString() is { Length: > 0 and <= 100 } c ? c : null),
        Brands = query["brand"].Where(b => b is { Length: > 0 and <= 100 }).Take(20).Select(b => b!).Distinct(StringComparer.Ordinal).ToList(),
        MinPrice = Amount(query["minPrice"]),
        MaxPrice = Amount(query["maxPrice"]),
        MinRating = Amount(query["minRating"]) is { } r and <= 5 ? r : null,
        InStock = query["inStock"] == "true",
        Sort = SearchSorts.Parse(query["sort"].ToString()) is not null ? query["sort"].ToString() : "",
        Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, maxPage) : 1,
    };

    public SearchQuery ToSearch() => new()
    {
        Text = Text,
        Category = Category,
        Brands = Brands,
        MinPrice = MinPrice,
        MaxPrice = MaxPrice,
        MinRating = MinRating,
        InStockOnly = InStock,
        Sort = SearchSorts.Parse(Sort) ?? SearchSort.Relevance,
        Page = Page,
        PageSize = PageSize,
    };

    public ListingQuery ToggleBrand(string brand) => this with
    {
        Brands = Brands.Contains(brand) ? Brands.Where(b => b != brand).ToList() : [.. Brands, brand],
        Page = 1,
    };

    /// <summary>The URL of the listing changed by <paramref name="change"/>.</summary>
    public string With(Func<ListingQuery, ListingQuery> change, string path, bool categoryInPath) => change(this).Link(path, categoryInPath);

    /// <summary>The URL of this listing on <paramref name="path"/>; the category is in the path on category pages.</summary>
    public string Link(string path, bool categoryInPath)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
        Add("q", Text);
        if (!categoryInPath)
        {
            Add("category", Category);
        }
        foreach (var brand in Brands)
        {
            Add("brand", brand);
        }
        Add("minPrice", MinPrice?.ToString(CultureInfo.InvariantCulture));
        Add("maxPrice", MaxPrice?.ToString(CultureInfo.InvariantCulture));
        Add("minRating", MinRating?.ToString(CultureInfo.InvariantCulture));
        Add("inStock", InStock ? "true" : null);
        Add("sort", Sort);
        Add("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? path : path + "?" + string.Join('&', parts);
    }

    private static decimal? Amount(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1_000_000 ? value : null;
}
