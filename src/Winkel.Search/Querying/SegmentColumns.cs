using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Winkel.Search.Indexing;

namespace Winkel.Search.Querying;

/// <summary>
/// A segment's doc values copied into plain arrays once, the first time a query visits the segment:
/// the collector then reads a document's six values as array elements instead of six virtual calls into
/// packed structures, which is most of the cost of a query that matches many documents. Segments never
/// change (an update writes the document into a new segment), so the arrays stay valid for the
/// segment's life and are dropped with it. About 28 bytes per document. Only these arrays are shared
/// between threads: Lucene's doc-values objects are not thread-safe, so each query asks the reader for its own.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = [];

    private SegmentColumns(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        var category = reader.GetSortedDocValues(IndexFields.CategoryValue)!;
        var brand = reader.GetSortedDocValues(IndexFields.BrandValue)!;
        var price = reader.GetNumericDocValues(IndexFields.PriceCents);
        var rating = reader.GetNumericDocValues(IndexFields.RatingHundredths);
        var stock = reader.GetNumericDocValues(IndexFields.Stock);
        var created = reader.GetNumericDocValues(IndexFields.CreatedAt);
        CategoryOrds = new int[count];
        BrandOrds = new int[count];
        Prices = new long[count];
        Ratings = new short[count];
        InStock = new bool[count];
        Created = new long[count];
        for (var doc = 0; doc < count; doc++)
        {
            CategoryOrds[doc] = category.GetOrd(doc);
            BrandOrds[doc] = brand.GetOrd(doc);
            Prices[doc] = price.Get(doc);
            Ratings[doc] = (short)rating.Get(doc);
            InStock[doc] = stock.Get(doc) > 0;
            Created[doc] = created.Get(doc);
        }
    }

    public int[] CategoryOrds { get; }

    public int[] BrandOrds { get; }

    public long[] Prices { get; }

    public short[] Ratings { get; }

    public bool[] InStock { get; }

    public long[] Created { get; }

    /// <summary>The columns of a segment, or null for a segment without products.</summary>
    public static SegmentColumns? For(AtomicReader reader)
    {
        if (reader.GetSortedDocValues(IndexFields.CategoryValue) is null || reader.GetSortedDocValues(IndexFields.BrandValue) is null)
        {
            return null;
        }
        return Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns(reader));
    }
}
