using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Products;

namespace Winkel.Search.Indexing;

/// <summary>
/// One Lucene index in its own folder: a writer, near-real-time searchers, and the change-feed
/// position its content reflects. The position is stored in the index's own commit, so the index and
/// its checkpoint can never disagree (a per-node index with a checkpoint in the shared store could).
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const string PositionKey = "winkel.position";
    private const string CaughtUpKey = "winkel.caughtUpAt";
    private const string AnalysisKey = "winkel.analysis";

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ProductDocument _document = new();
    private long _committedPosition;

    private SearchIndex(string path, FSDirectory directory, IndexWriter writer, bool created)
    {
        Path = path;
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        var data = writer.CommitData;
        Position = _committedPosition = Read(data, PositionKey);
        CaughtUpAt = Read(data, CaughtUpKey);
        // Indexes from before the version was recorded were built with version 1.
        AnalysisVersion = created ? Analysis.ProductAnalyzers.AnalysisVersion : data?.TryGetValue(AnalysisKey, out var version) == true ? version : "1";
    }

    public string Path { get; }

    /// <summary>The feed position of the last change applied (committed or not).</summary>
    public long Position { get; private set; }

    /// <summary>Unix seconds when the index last held every change the feed had (as of its last commit or later).</summary>
    public long CaughtUpAt { get; set; }

    public bool HasUncommittedChanges => Position != _committedPosition || _writer.HasUncommittedChanges();

    public int DocumentCount => _writer.NumDocs;

    /// <summary>The <see cref="Analysis.ProductAnalyzers.AnalysisVersion"/> the documents were analysed with.</summary>
    public string AnalysisVersion { get; }

    /// <summary>Opens the index in <paramref name="path"/>, creating an empty one when <paramref name="create"/>.</summary>
    public static SearchIndex Open(string path, Analyzer analyzer, int bufferMegabytes, bool create)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var config = new IndexWriterConfig(Analysis.ProductAnalyzers.Version, analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                RAMBufferSizeMB = bufferMegabytes,
            };
            var writer = new IndexWriter(directory, config);
            var index = new SearchIndex(path, directory, writer, create);
            if (create)
            {
                index.Commit();
            }
            return index;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>True when a folder holds a committed index.</summary>
    public static bool Exists(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }
        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>True when another writer (another process) holds the index.</summary>
    public static bool IsLocked(string path)
    {
        using var directory = FSDirectory.Open(path);
        return IndexWriter.IsLocked(directory);
    }

    /// <summary>Adds a product known not to be in the index yet (full builds); safe from several threads.</summary>
    public void Add(Product product, ProductDocument document) => _writer.AddDocument(document.Fill(product));

    /// <summary>Applies changes in feed order; call from one thread at a time.</summary>
    public void Apply(IReadOnlyList<CatalogChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.NewImage is { } product)
            {
                _writer.UpdateDocument(ProductDocument.IdTerm(change.ProductId), _document.Fill(product));
            }
            else
            {
                _writer.DeleteDocuments(ProductDocument.IdTerm(change.ProductId));
            }
            Position = change.Position;
        }
    }

    /// <summary>Sets the position a full build reflects (the feed's last position read before the build).</summary>
    public void SetPosition(long position) => Position = position;

    /// <summary>Makes applied changes visible to searches.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    public void Commit()
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [PositionKey] = Position.ToString(CultureInfo.InvariantCulture),
            [CaughtUpKey] = CaughtUpAt.ToString(CultureInfo.InvariantCulture),
            [AnalysisKey] = AnalysisVersion,
        });
        _writer.Commit();
        _committedPosition = Position;
    }

    public IndexSearcher Acquire() => _searchers.Acquire();

    public void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private static long Read(IDictionary<string, string>? data, string key) =>
        data is not null && data.TryGetValue(key, out var value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : 0;
}
