using Winkel.Catalog.Products;

namespace Winkel.Search.Tests.Querying;

/// <summary>
/// Filters, totals, sorts and the four facets checked against a brute-force computation over the same
/// products: a facet's counts apply every filter except its own.
/// </summary>
public sealed class FacetCorrectnessTests : IClassFixture<FacetCorrectnessTests.DemoIndex>
{
    private const int Count = 3_000;
    private static readonly decimal[] Edges = [.. new SearchOptions().EffectivePriceBuckets];
    private readonly DemoIndex _demo;

    public FacetCorrectnessTests(DemoIndex demo) => _demo = demo;

    public sealed class DemoIndex() : GeneratedIndex(Count, seed: 7, deleted: 0);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FacetsAndTotals_MatchBruteForce_ForRandomFilters(int seed)
    {
        var random = new Random(seed);
        var products = _demo.Products;
        var brands = products.Select(p => p.Brand).Distinct().Order(StringComparer.Ordinal).ToArray();
        var categories = products.Select(p => p.Category).Distinct().Order(StringComparer.Ordinal).ToArray();
        var min = random.Next(3) == 0 ? (decimal?)null : random.Next(0, 60);
        var query = new SearchQuery
        {
            Text = seed % 3 == 0 ? "" : new[] { "koffie", "chocolate", "wireless", "sport", "lego" }[seed % 5],
            Category = random.Next(3) == 0 ? null : categories[random.Next(categories.Length)],
            Brands = random.Next(3) == 0 ? [] : [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => brands[random.Next(brands.Length)]).Distinct()],
            MinPrice = min,
            MaxPrice = random.Next(3) == 0 ? null : (min ?? 0) + random.Next(5, 400),
            MinRating = random.Next(2) == 0 ? null : random.Next(0, 5) + 0.5m,
            InStockOnly = random.Next(2) == 0,
            Sort = SearchSort.PriceAscending,
            PageSize = Count,
        };
        AssertMatchesBruteForce(query);
    }

    [Fact]
    public void UnknownFilterValues_MatchNothing_ButLeaveTheOtherFacets()
    {
        var query = new SearchQuery { Category = "no-such-category", Brands = ["No Such Brand"], PageSize = Count };
        var result = _demo.Index.Search(query);
        Assert.Equal(0, result.Total);
        AssertMatchesBruteForce(query);
    }

    [Theory]
    [InlineData(SearchSort.PriceAscending)]
    [InlineData(SearchSort.PriceDescending)]
    [InlineData(SearchSort.Rating)]
    [InlineData(SearchSort.Newest)]
    public void Sorts_OrderByTheirValue_AndPagesFollowOn(SearchSort sort)
    {
        var all = _demo.Index.Search(new SearchQuery { Category = "electronics", Sort = sort, PageSize = Count });
        Func<Product, decimal> key = sort switch
        {
            SearchSort.PriceAscending => p => p.Price,
            SearchSort.PriceDescending => p => -p.Price,
            SearchSort.Rating => p => -p.Rating,
            _ => p => -p.CreatedAt,
        };
        var byId = _demo.Products.ToDictionary(p => p.ProductId);
        var keys = all.ProductIds.Select(id => key(byId[id])).ToList();
        Assert.Equal(keys.Order().ToList(), keys);

        var page2 = _demo.Index.Search(new SearchQuery { Category = "electronics", Sort = sort, Page = 2, PageSize = 10 });
        Assert.Equal(all.ProductIds.Skip(10).Take(10), page2.ProductIds);
    }

    private void AssertMatchesBruteForce(SearchQuery query)
    {
        var result = _demo.Index.Search(query);
        var matching = string.IsNullOrWhiteSpace(query.Text)
            ? _demo.Products
            : [.. _demo.Index.Search(new SearchQuery { Text = query.Text, PageSize = Count }).ProductIds.Select(id => _demo.Products.Single(p => p.ProductId == id))];
        Assert.NotEmpty(matching);

        var hits = matching.Where(p => Passes(p, query, Filter.None)).ToList();
        Assert.Equal(hits.Count, result.Total);
        Assert.Equal(hits.Select(p => p.ProductId).Order(), result.ProductIds.Order());

        Assert.Equal(
            Counts(matching.Where(p => Passes(p, query, Filter.Category)).Select(p => p.Category)),
            result.Facets.Category.ToDictionary(c => c.Value, c => c.Count));
        Assert.Equal(
            Counts(matching.Where(p => Passes(p, query, Filter.Brand)).Select(p => p.Brand)),
            result.Facets.Brand.ToDictionary(c => c.Value, c => c.Count));
        var priced = matching.Where(p => Passes(p, query, Filter.Price)).ToList();
        var buckets = Edges.Select((from, i) => (From: from, To: i + 1 < Edges.Length ? Edges[i + 1] : (decimal?)null))
            .Select(b => new PriceBucketCount(b.From, b.To, priced.Count(p => p.Price >= b.From && (b.To is null || p.Price < b.To))))
            .Where(b => b.Count > 0);
        Assert.Equal(buckets, result.Facets.Price);
        var rated = matching.Where(p => Passes(p, query, Filter.Rating)).ToList();
        Assert.Equal(
            new[] { 4, 3, 2, 1 }.Select(stars => new FacetCount(stars.ToString(System.Globalization.CultureInfo.InvariantCulture), rated.Count(p => p.Rating >= stars))),
            result.Facets.Rating);
    }

    private static Dictionary<string, long> Counts(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);

    private enum Filter
    {
        None,
        Category,
        Brand,
        Price,
        Rating,
    }

    private static bool Passes(Product p, SearchQuery q, Filter except) =>
        (except == Filter.Category || q.Category is null || p.Category == q.Category)
        && (except == Filter.Brand || q.Brands.Count == 0 || q.Brands.Contains(p.Brand))
        && (except == Filter.Price || ((q.MinPrice is null || p.Price >= q.MinPrice) && (q.MaxPrice is null || p.Price <= q.MaxPrice)))
        && (except == Filter.Rating || q.MinRating is null || p.Rating >= q.MinRating)
        && (!q.InStockOnly || p.Stock > 0);
}
