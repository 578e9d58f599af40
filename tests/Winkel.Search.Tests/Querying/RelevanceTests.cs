using Winkel.Search.Indexing;
using Winkel.Search.Querying;

namespace Winkel.Search.Tests.Querying;

/// <summary>
/// The engine finds matches and scores hits itself (a bit set per segment, then Lucene's scorers for the
/// hits alone), so its relevance order is checked against Lucene's own search of the same query: the
/// same documents in the same order, with and without filters, for plain, several-word, typo,
/// synonym and still-being-typed queries.
/// </summary>
public sealed class RelevanceTests : IClassFixture<RelevanceTests.DemoIndex>
{
    private const int Count = 2_000;
    private readonly DemoIndex _demo;

    public RelevanceTests(DemoIndex demo) => _demo = demo;

    public sealed class DemoIndex() : GeneratedIndex(Count, seed: 11, deleted: 1);

    public static TheoryData<string> Texts =>
    [
        "koffie", "wireless headphones", "chocolate", "lawn mower", "hedphones", "sneekers", "laptop", "tv",
        "lego", "electric toothbrush", "jigsaw puzzel", "garden", "camera mirrorl",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void RelevanceOrder_IsLucenesOwnScoring(string text)
    {
        var expected = LuceneOrder(text);
        Assert.NotEmpty(expected);
        var result = _demo.Index.Search(new SearchQuery { Text = text, PageSize = 100 });
        Assert.Equal(expected.Count, result.Total);
        Assert.Equal(expected.Take(100), result.ProductIds);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void RelevanceOrder_WithFilters_IsLucenesOrderOfThePassingProducts(string text)
    {
        var byId = _demo.Products.ToDictionary(p => p.ProductId);
        var category = byId[LuceneOrder(text)[0]].Category;
        var expected = LuceneOrder(text).Where(id => byId[id].Category == category && byId[id].Stock > 0 && byId[id].Price <= 200m).ToList();
        var query = new SearchQuery { Text = text, Category = category, InStockOnly = true, MaxPrice = 200m, PageSize = 24 };

        var first = _demo.Index.Search(query);
        var second = _demo.Index.Search(query with { Page = 2 });

        Assert.Equal(expected.Count, first.Total);
        Assert.Equal(expected.Take(48), [.. first.ProductIds, .. second.ProductIds]);
    }

    [Fact]
    public async Task SearchesOnManyThreadsAtOnce_AnswerAsOneAtATime()
    {
        // The engine keeps a terms enumerator per thread and segment: threads must not share one.
        var queries = new[] { "koffie", "wireless headphones", "hedphones", "laptop", "lego", "jigsaw puzzel" }.SelectMany(text => new[]
        {
            new SearchQuery { Text = text, PageSize = 24 },
            new SearchQuery { Text = text, InStockOnly = true, MaxPrice = 100m, PageSize = 24 },
        }).ToList();
        var expected = queries.Select(q => _demo.Index.Search(q)).ToList();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            var results = new List<(int Query, EngineResult Result)>();
            for (var round = 0; round < 20; round++)
            {
                results.AddRange(queries.Select((q, i) => (i, _demo.Index.Search(q))));
            }
            return results;
        })));

        foreach (var (i, answer) in answers.SelectMany(results => results))
        {
            Assert.Equal(expected[i].Total, answer.Total);
            Assert.Equal(expected[i].ProductIds, answer.ProductIds);
        }
    }

    /// <summary>Every match of <paramref name="text"/>, best first, as Lucene's own top-docs search ranks them.</summary>
    private List<string> LuceneOrder(string text)
    {
        var searcher = _demo.Index.Index.Acquire();
        try
        {
            var query = _demo.Index.Queries.Build(text, searcher.IndexReader)!;
            var top = searcher.Search(query, Count);
            return [.. top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IndexFields.Id))];
        }
        finally
        {
            _demo.Index.Index.Release(searcher);
        }
    }
}
