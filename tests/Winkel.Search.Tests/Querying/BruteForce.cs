using Winkel.Catalog.Products;

namespace Winkel.Search.Tests.Querying;

/// <summary>
/// A search's totals, hits and four facets worked out by hand over the products it searched, the
/// oracle of the facet tests: a facet's counts apply every filter except its own.
/// </summary>
internal static class BruteForce
{
    private static readonly decimal[] Edges = [.. new SearchOptions().EffectivePriceBuckets];

    /// <summary>Asserts that <paramref name="index"/> answers <paramref name="query"/> as a look at each of <paramref name="products"/> would (all of its hits on one page).</summary>
    public static void AssertAnswers(TestIndex index, IReadOnlyList<Product> products, SearchQuery query)
    {
        var result = index.Search(query);
        var byId = products.ToDictionary(p => p.ProductId);
        var matching = string.IsNullOrWhiteSpace(query.Text)
            ? products
            : [.. index.Search(new SearchQuery { Text = query.Text, PageSize = products.Count }).ProductIds.Select(id => byId[id])];
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

    /// <summary>A query with random filters drawn from the products' own categories and brands.</summary>
    public static SearchQuery RandomFilters(Random random, IReadOnlyList<Product> products, string text, bool category)
    {
        var brands = products.Select(p => p.Brand).Distinct().Order(StringComparer.Ordinal).ToArray();
        var categories = products.Select(p => p.Category).Distinct().Order(StringComparer.Ordinal).ToArray();
        var min = random.Next(3) == 0 ? (decimal?)null : random.Next(0, 60);
        return new SearchQuery
        {
            Text = text,
            Category = category ? categories[random.Next(categories.Length)] : null,
            Brands = random.Next(3) == 0 ? [] : [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => brands[random.Next(brands.Length)]).Distinct()],
            MinPrice = min,
            MaxPrice = random.Next(3) == 0 ? null : (min ?? 0) + random.Next(5, 400),
            MinRating = random.Next(2) == 0 ? null : random.Next(0, 5) + 0.5m,
            InStockOnly = random.Next(2) == 0,
            Sort = SearchSort.PriceAscending,
            PageSize = products.Count,
        };
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
