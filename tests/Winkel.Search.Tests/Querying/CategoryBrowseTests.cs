using Winkel.Catalog.Demo;
using Winkel.Catalog.Products;

namespace Winkel.Search.Tests.Querying;

/// <summary>
/// Category pages (queries without words that filter on a category) take the category/price order
/// instead of visiting every document: their hits and facets checked against a brute-force
/// computation, on an index of several segments where products were updated (moved to another
/// category, repriced, sold out) and deleted after they were indexed.
/// </summary>
public sealed class CategoryBrowseTests : IClassFixture<CategoryBrowseTests.ChangedCatalog>
{
    private readonly ChangedCatalog _catalog;

    public CategoryBrowseTests(ChangedCatalog catalog) => _catalog = catalog;

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Fact]
    public void TheCatalog_SpansSeveralSegments_WithDeletedDocuments()
    {
        var searcher = _catalog.Index.Index.Acquire();
        try
        {
            Assert.True(searcher.IndexReader.Leaves.Count >= 3, $"{searcher.IndexReader.Leaves.Count} segments");
            Assert.True(searcher.IndexReader.NumDeletedDocs >= 150, $"{searcher.IndexReader.NumDeletedDocs} deleted");
        }
        finally
        {
            _catalog.Index.Index.Release(searcher);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CategoryPages_MatchBruteForce_ForRandomFilters(int seed)
    {
        var query = BruteForce.RandomFilters(new Random(seed), _catalog.Products, text: "", category: true);
        BruteForce.AssertAnswers(_catalog.Index, _catalog.Products, query);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ACategoryPage_WithOnlyAPriceRangeAndStock_CountsTheOtherCategoriesExactly(bool inStockOnly)
    {
        // No brand or rating filter: the other categories are counted from price ranges alone.
        var query = new SearchQuery { Category = "electronics", MinPrice = 20m, MaxPrice = 150m, InStockOnly = inStockOnly, PageSize = _catalog.Products.Count };
        BruteForce.AssertAnswers(_catalog.Index, _catalog.Products, query);
    }

    [Fact]
    public void ACategoryPage_ForACategoryNoProductHas_StillCountsTheOthers()
    {
        var query = new SearchQuery { Category = "no-such-category", MaxPrice = 80m, PageSize = _catalog.Products.Count };
        Assert.Equal(0, _catalog.Index.Search(query).Total);
        BruteForce.AssertAnswers(_catalog.Index, _catalog.Products, query);
    }

    [Fact]
    public void ACategoryPage_ShowsTheBestRatedFirst_AndPagesFollowOn()
    {
        var all = _catalog.Index.Search(new SearchQuery { Category = "fashion", PageSize = _catalog.Products.Count });
        var byId = _catalog.Products.ToDictionary(p => p.ProductId);
        var ratings = all.ProductIds.Select(id => byId[id].Rating).ToList();
        Assert.Equal(ratings.OrderDescending(), ratings);
        Assert.Equal(_catalog.Products.Count(p => p.Category == "fashion"), all.Total);

        var page3 = _catalog.Index.Search(new SearchQuery { Category = "fashion", Page = 3, PageSize = 7 });
        Assert.Equal(all.ProductIds.Skip(14).Take(7), page3.ProductIds);
    }

    /// <summary>
    /// 2,400 products indexed in three batches (three segments), then 150 of them changed and 60
    /// deleted, so the older segments hold deleted documents the counts must leave out.
    /// </summary>
    public sealed class ChangedCatalog : IDisposable
    {
        public ChangedCatalog()
        {
            var products = DemoCatalog.Generate(2_400, timestamp: 1_764_000_000, seed: 11).ToList();
            Index = new TestIndex();
            foreach (var batch in products.Chunk(800))
            {
                Index.Add(batch);
            }
            var random = new Random(5);
            var categories = products.Select(p => p.Category).Distinct().Order(StringComparer.Ordinal).ToArray();
            var changed = new HashSet<int>();
            for (var i = 0; i < 150; i++)
            {
                var at = random.Next(products.Count);
                changed.Add(at);
                products[at] = products[at] with
                {
                    Category = categories[random.Next(categories.Length)],
                    Price = Math.Round(products[at].Price * (decimal)(0.5 + random.NextDouble()), 2),
                    Stock = random.Next(3) == 0 ? 0 : products[at].Stock + 1,
                };
            }
            Index.Add(changed.Select(at => products[at]));
            for (var i = 0; i < 60; i++)
            {
                var at = random.Next(products.Count);
                Index.Delete(products[at].ProductId);
                products.RemoveAt(at);
            }
            Products = products;
        }

        public List<Product> Products { get; }

        internal TestIndex Index { get; }

        public void Dispose() => Index.Dispose();
    }
}
