using Lucene.Net.Search;
using Winkel.Catalog.Caching;
using Winkel.Catalog.Products;
using Winkel.Search.Indexing;
using Winkel.Search.Monitoring;
using Winkel.Search.Querying;

namespace Winkel.Search;

/// <summary>
/// <see cref="ISearchService"/> on this node's Lucene index. The index finds and counts; the products
/// of a page are read through the catalog's cache, the same answers <c>GET /api/products/{id}</c>
/// gives, which a catalog write evicts before it returns: a page always shows current prices and stock.
/// </summary>
internal sealed class LuceneSearchService(
    SearchIndexState state,
    SearchEngine engine,
    CatalogCache catalog,
    SearchMetrics metrics,
    IZeroResultQueries zeroResults,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<SearchOptions> options) : ISearchService
{
    public const int MaxPageSize = 100;
    public const int MaxSuggestions = 10;
    public const int MaxTextLength = 500;

    private static readonly SearchFacets NoFacets = new([], [], [], []);

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        using var activity = SearchMetrics.ActivitySource.StartActivity("search");
        var started = time.GetTimestamp();
        query = Normalize(query);
        var found = WithSearcher(searcher => engine.Run(searcher, query));
        var items = found is null ? [] : await LoadAsync(found.ProductIds, cancellationToken);
        var result = new SearchResult(found?.Total ?? 0, query.Page, query.PageSize, items, found?.Facets ?? NoFacets);
        if (result.Total == 0 && !string.IsNullOrWhiteSpace(query.Text) && found is not null)
        {
            metrics.RecordZeroResults();
            zeroResults.Record(query.Text);
        }
        metrics.RecordDuration("search", time.GetElapsedTime(started));
        return result;
    }

    public Task<IReadOnlyList<string>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var text = prefix.Length > MaxTextLength ? prefix[..MaxTextLength] : prefix;
        var suggestions = WithSearcher(searcher => Suggester.Suggest(searcher, text, Math.Clamp(limit, 0, MaxSuggestions))) ?? [];
        metrics.RecordDuration("suggest", time.GetElapsedTime(started));
        return Task.FromResult(suggestions);
    }

    /// <summary>Runs <paramref name="work"/> on the live index; null when there is none yet.</summary>
    private T? WithSearcher<T>(Func<IndexSearcher, T> work)
        where T : class
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var index = state.Current;
            if (index is null)
            {
                return null;
            }
            IndexSearcher searcher;
            try
            {
                searcher = index.Acquire();
            }
            catch (ObjectDisposedException)
            {
                continue; // swapped out by a rebuild between the read and the acquire
            }
            try
            {
                return work(searcher);
            }
            finally
            {
                index.Release(searcher);
            }
        }
        return null;
    }

    private async Task<IReadOnlyList<StoredProduct>> LoadAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var items = new List<StoredProduct>(ids.Count);
        foreach (var id in ids)
        {
            // A product deleted since the index saw it is left out.
            if (await catalog.GetProductAsync(id, cancellationToken) is { IsMissing: false } product)
            {
                items.Add(new StoredProduct(id, product.Body));
            }
        }
        return items;
    }

    private SearchQuery Normalize(SearchQuery query)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, options.Value.MaxResultWindow / pageSize));
        var text = query.Text ?? "";
        return query with
        {
            Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text,
            Page = page,
            PageSize = pageSize,
        };
    }
}
