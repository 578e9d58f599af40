using Winkel.Catalog.Changes;
using Winkel.Catalog.Products;
using Winkel.Search.Analysis;
using Winkel.Search.Indexing;
using Winkel.Search.Querying;

namespace Winkel.Search.Tests;

/// <summary>A real index on disk in a temporary folder, filled through the same path the change feed takes.</summary>
internal sealed class TestIndex : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "winkel-search-tests", Guid.NewGuid().ToString("N"));
    private long _position;

    public TestIndex(IEnumerable<string>? synonyms = null)
    {
        var options = new SearchOptions();
        Index = SearchIndex.Open(_folder, ProductAnalyzers.Text([]), 16, create: true);
        Queries = new TextQueryBuilder(ProductAnalyzers.Query(), new CompoundSplitter([]), new Synonyms(synonyms ?? options.EffectiveSynonyms));
        Engine = new SearchEngine(Queries, options.EffectivePriceBuckets, maxBrandFacets: 1000);
    }

    public SearchIndex Index { get; }

    public TextQueryBuilder Queries { get; }

    public SearchEngine Engine { get; }

    public TestIndex Add(params IEnumerable<Product> products)
    {
        Index.Apply([.. products.Select(p => new CatalogChange(++_position, p.ProductId, null, p, 0))]);
        Index.Refresh();
        return this;
    }

    public void Delete(string productId)
    {
        Index.Apply([new CatalogChange(++_position, productId, null, null, 0)]);
        Index.Refresh();
    }

    public EngineResult Search(SearchQuery query)
    {
        var searcher = Index.Acquire();
        try
        {
            return Engine.Run(searcher, query);
        }
        finally
        {
            Index.Release(searcher);
        }
    }

    public IReadOnlyList<string> Ids(string text) => Search(new SearchQuery { Text = text, PageSize = 100 }).ProductIds;

    public IReadOnlyList<string> Suggest(string text)
    {
        var searcher = Index.Acquire();
        try
        {
            return Suggester.Suggest(searcher, text, 10);
        }
        finally
        {
            Index.Release(searcher);
        }
    }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public static Product Product(string id, string name, string brand = "Merk", string category = "home-kitchen",
        decimal price = 10m, string description = "", string[]? tags = null, decimal rating = 4m, int stock = 5) => new()
        {
            ProductId = id,
            Name = name,
            Brand = brand,
            Category = category,
            Price = price,
            Description = description,
            Tags = tags ?? [],
            Rating = rating,
            Stock = stock,
        };
}
