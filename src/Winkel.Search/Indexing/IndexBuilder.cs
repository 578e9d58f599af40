using System.Threading.Channels;
using Lucene.Net.Analysis;
using Microsoft.Extensions.Options;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;

namespace Winkel.Search.Indexing;

/// <summary>
/// Builds a complete index from the catalog into a new folder: reads the whole catalog through the
/// category/price index in pages (no scan operation is needed from the store) and analyses products
/// on several threads. The index records the feed position read before the first page, so replaying
/// the feed from there afterwards brings it exactly up to date (replayed changes are idempotent).
/// </summary>
internal sealed class IndexBuilder(
    ICatalogStore store,
    ICatalogChangeFeed feed,
    Analyzer analyzer,
    SearchIndexState state,
    IOptions<SearchOptions> options)
{
    private const int PageSize = 1_000;
    private const int BatchSize = 500;

    public async Task<SearchIndex> BuildAsync(string folder, CancellationToken cancellationToken)
    {
        var position = await feed.GetLastPositionAsync(cancellationToken);
        var categories = await store.GetCategoriesAsync(cancellationToken);
        state.StartBuild(categories.Sum(c => c.ProductCount));
        var index = SearchIndex.Open(folder, analyzer, options.Value.IndexBufferMegabytes, create: true);
        try
        {
            var pages = Channel.CreateBounded<IReadOnlyList<StoredProduct>>(new BoundedChannelOptions(8) { SingleWriter = true });
            var threads = options.Value.BuildThreads > 0 ? options.Value.BuildThreads : Math.Clamp(Environment.ProcessorCount, 1, 4);
            var workers = Enumerable.Range(0, threads)
                .Select(_ => Task.Run(() => IndexPagesAsync(index, pages.Reader, cancellationToken), cancellationToken))
                .ToArray();
            try
            {
                ProductKey? after = null;
                do
                {
                    var page = await store.ListAsync(new ProductListQuery(null, null, null, false, PageSize, after), cancellationToken);
                    await pages.Writer.WriteAsync(page.Items, cancellationToken);
                    after = page.Next;
                }
                while (after is not null);
            }
            finally
            {
                pages.Writer.Complete();
            }
            await Task.WhenAll(workers);
            index.SetPosition(position);
            return index;
        }
        catch
        {
            index.Dispose();
            IndexLocation.TryDelete(folder);
            throw;
        }
    }

    /// <summary>Applies the feed's changes after the index's position until none are left.</summary>
    public async Task CatchUpAsync(SearchIndex index, CancellationToken cancellationToken)
    {
        while (true)
        {
            var changes = await feed.ReadAsync(index.Position, BatchSize, cancellationToken);
            if (changes.Count > 0)
            {
                index.Apply(changes);
            }
            if (changes.Count < BatchSize)
            {
                return;
            }
        }
    }

    private async Task IndexPagesAsync(SearchIndex index, ChannelReader<IReadOnlyList<StoredProduct>> pages, CancellationToken cancellationToken)
    {
        var document = new ProductDocument();
        await foreach (var page in pages.ReadAllAsync(cancellationToken))
        {
            foreach (var item in page)
            {
                index.Add(item.Product, document);
            }
            state.AddBuilt(page.Count);
        }
    }
}
