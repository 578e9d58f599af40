using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Winkel.Search.Indexing;

namespace Winkel.Search.Querying;

/// <summary>
/// A segment's doc values copied into plain arrays once, the first time a query visits the segment:
/// the faceting pass then reads a document's values from one <see cref="DocumentValues"/> struct instead of
/// six virtual calls into packed structures, which is most of the cost of a query that matches many
/// documents. The values a query filters and counts on sit side by side in one 12-byte struct, so a
/// document costs one cache line, not one per value: on a million products the columns are ~12 MB,
/// and a query visiting every 30th document would otherwise miss the cache five times per document.
/// Segments never change (an update writes the document into a new segment), so the arrays stay valid
/// for the segment's life and are dropped with it. Only these arrays are shared between threads:
/// Lucene's doc-values objects are not thread-safe, so each query asks the reader for its own.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = [];

    private readonly Lazy<CategoryPriceOrder> _byCategoryAndPrice;

    private SegmentColumns(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        var category = reader.GetSortedDocValues(IndexFields.CategoryValue)!;
        var brand = reader.GetSortedDocValues(IndexFields.BrandValue)!;
        var price = reader.GetNumericDocValues(IndexFields.PriceCents);
        var rating = reader.GetNumericDocValues(IndexFields.RatingHundredths);
        var stock = reader.GetNumericDocValues(IndexFields.Stock);
        var created = reader.GetNumericDocValues(IndexFields.CreatedAt);
        if (category.ValueCount > DocumentValues.MaxCategories)
        {
            throw new NotSupportedException($"A search index segment has {category.ValueCount:N0} categories; at most {DocumentValues.MaxCategories:N0} are supported.");
        }
        Docs = new DocumentValues[count];
        Created = new long[count];
        for (var doc = 0; doc < count; doc++)
        {
            Docs[doc] = new DocumentValues(price.Get(doc), category.GetOrd(doc), brand.GetOrd(doc), rating.Get(doc), stock.Get(doc) > 0);
            Created[doc] = created.Get(doc);
        }
        CategoryNames = Names(category);
        BrandNames = Names(brand);
        CategoryOrds = Ordinals(CategoryNames);
        BrandOrds = Ordinals(BrandNames);
        _byCategoryAndPrice = new(() => new CategoryPriceOrder(Docs, CategoryNames.Length));
    }

    public DocumentValues[] Docs { get; }

    /// <summary>Only the newest-first sort reads this, so it stays out of <see cref="Docs"/>.</summary>
    public long[] Created { get; }

    /// <summary>
    /// The values behind the ordinals, decoded once: counting a facet per segment then needs neither
    /// a doc-values object nor a string decoded per value and query.
    /// </summary>
    public string[] CategoryNames { get; }

    public string[] BrandNames { get; }

    public IReadOnlyDictionary<string, int> CategoryOrds { get; }

    public IReadOnlyDictionary<string, int> BrandOrds { get; }

    /// <summary>The documents by category and price, made the first time a browse visits the segment.</summary>
    public CategoryPriceOrder ByCategoryAndPrice => _byCategoryAndPrice.Value;

    /// <summary>The columns of a segment, or null for a segment without products.</summary>
    public static SegmentColumns? For(AtomicReader reader)
    {
        if (Cache.TryGetValue(reader.CoreCacheKey, out var columns))
        {
            return columns;
        }
        if (reader.GetSortedDocValues(IndexFields.CategoryValue) is null || reader.GetSortedDocValues(IndexFields.BrandValue) is null)
        {
            return null;
        }
        return Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns(reader));
    }

    private static string[] Names(SortedDocValues values)
    {
        var names = new string[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, term);
            names[ord] = term.Utf8ToString();
        }
        return names;
    }

    private static Dictionary<string, int> Ordinals(string[] names)
    {
        var ordinals = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var ord = 0; ord < names.Length; ord++)
        {
            ordinals[names[ord]] = ord;
        }
        return ordinals;
    }
}

/// <summary>
/// One document's filter and facet values in 12 bytes: price in cents, ordinals (-1 for none), rating
/// in hundredths and in whole stars (0 to 5, the rating facet's slot: 4.6 counts under 4). Packed, so
/// that the columns of a million products are 12 MB rather than 20 and more of them stay in the
/// processor's cache: a query's pass over its matches waits on memory more than it computes. The
/// catalog caps a price at 1,000,000.00 (27 bits of cents) and a rating at 5.00 (9 bits).
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct DocumentValues
{
    private const int PriceBits = 27;
    private const int RatingShift = PriceBits;
    private const int StockShift = RatingShift + 9;
    private const int StarsShift = StockShift + 1;
    private const int CategoryShift = StarsShift + 3;

    /// <summary>The most categories a segment can have: the ordinal + 1 takes the top 24 bits.</summary>
    public const int MaxCategories = (1 << 24) - 2;

    private readonly ulong _packed;

    public DocumentValues(long priceCents, int categoryOrd, int brandOrd, long ratingHundredths, bool inStock)
    {
        var rating = (ulong)Math.Clamp(ratingHundredths, 0, 500);
        _packed = (ulong)Math.Clamp(priceCents, 0, (1L << PriceBits) - 1)
            | rating << RatingShift
            | (inStock ? 1UL : 0) << StockShift
            | rating / 100 << StarsShift
            | (ulong)(categoryOrd + 1) << CategoryShift;
        BrandOrd = brandOrd;
    }

    public long PriceCents => (long)(_packed & ((1UL << PriceBits) - 1));

    public int RatingHundredths => (int)(_packed >> RatingShift) & 0x1FF;

    public bool InStock => ((_packed >> StockShift) & 1) != 0;

    public int Stars => (int)(_packed >> StarsShift) & 7;

    public int CategoryOrd => (int)(_packed >> CategoryShift) - 1;

    public int BrandOrd { get; }
}
