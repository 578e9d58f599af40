using Winkel.Catalog.Products;

namespace Winkel.Search.Tests.Querying;

/// <summary>
/// Filters, totals, sorts and the four facets checked against a brute-force computation over the same
/// products: a facet's counts apply every filter except its own.
/// </summary>
public sealed class FacetCorrectnessTests : IClassFixture<FacetCorrectnessTests.DemoIndex>
{
    private const int Count = 3_000;
    private readonly DemoIndex _demo;

    public FacetCorrectnessTests(DemoIndex demo) => _demo = demo;

    public sealed class DemoIndex() : GeneratedIndex(Count, seed: 7, deleted: 0);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FacetsAndTotals_MatchBruteForce_ForRandomFilters(int seed)
    {
        var random = new Random(seed);
        var text = seed % 3 == 0 ? "" : new[] { "koffie", "chocolate", "wireless", "sport", "lego" }[seed % 5];
        AssertMatchesBruteForce(BruteForce.RandomFilters(random, _demo.Products, text, category: random.Next(3) != 0));
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

    private void AssertMatchesBruteForce(SearchQuery query) => BruteForce.AssertAnswers(_demo.Index, _demo.Products, query);
}
