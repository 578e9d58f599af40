using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Winkel.Search.Querying;

/// <summary>
/// One pass over the documents the text matches, segment by segment in document order: applies the
/// filters from the segment's columns, counts the four facets and, for every sort but relevance, keeps
/// the best <c>page × pageSize</c> hits (for relevance the caller scores the hits and offers them).
/// A document that fails only filter F still counts in facet F, so each facet's counts apply every
/// filter except its own (the usual faceted-navigation rule: ticking a second brand adds to the
/// results, the brand list stays).
/// Counts are kept per segment by ordinal and turned into values once per segment.
/// </summary>
internal sealed class FacetingPass
{
    private readonly FacetFilters _filters;
    private readonly bool _filterCategory;
    private readonly long _minPrice;
    private readonly long _maxPrice;
    private readonly long _minRating;
    private readonly bool _inStockOnly;
    private readonly SortKind _sort;
    private readonly Vector128<long>[] _edgePairs;
    private readonly TopHits _top;

    private readonly Dictionary<string, long> _categoryCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _brandCounts = new(StringComparer.Ordinal);

    // Slot 0 of each counting array is "below the first edge" (price) or "no value" (ordinal + 1).
    private readonly long[] _bucketCounts;
    private readonly long[] _ratingCounts = new long[6];

    private int _docBase;
    private SegmentColumns _columns = null!;
    private DocumentValues[] _docs = [];
    private readonly DocumentValues[] _batch = new DocumentValues[64];
    private readonly byte[] _batchBits = new byte[64];
    private int _categoryOrd;
    private FixedBitSet? _brandOrds;
    private int[] _segmentCategoryCounts = [];
    private int[] _segmentBrandCounts = [];

    public FacetingPass(FacetFilters filters, SortKind sort, IReadOnlyList<long> bucketEdges, int keep)
    {
        _filters = filters;
        _filterCategory = filters.Category is not null;
        _minPrice = filters.MinPriceCents ?? long.MinValue;
        _maxPrice = filters.MaxPriceCents ?? long.MaxValue;
        _minRating = filters.MinRatingHundredths ?? long.MinValue;
        _inStockOnly = filters.InStockOnly;
        _sort = sort;
        _edgePairs = EdgePairs([.. bucketEdges]);
        _bucketCounts = new long[bucketEdges.Count + 1];
        _top = new TopHits(keep);
    }

    public long Total { get; private set; }

    /// <summary>Starts on a segment; false when it holds no products (then nothing of it is visited).</summary>
    public bool StartSegment(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        var columns = SegmentColumns.For(reader);
        if (columns is null)
        {
            return false;
        }
        _columns = columns;
        _docs = columns.Docs;
        // A category no document of the segment has matches nothing, not even documents without one (-1).
        _categoryOrd = _filters.Category is null ? -1 : columns.CategoryOrds.GetValueOrDefault(_filters.Category, int.MinValue);
        _brandOrds = null;
        if (_filters.Brands.Count > 0)
        {
            _brandOrds = new FixedBitSet(Math.Max(columns.BrandNames.Length, 1));
            foreach (var value in _filters.Brands)
            {
                if (columns.BrandOrds.TryGetValue(value, out var ord))
                {
                    _brandOrds.Set(ord);
                }
            }
        }
        _segmentCategoryCounts = new int[columns.CategoryNames.Length + 1];
        _segmentBrandCounts = new int[columns.BrandNames.Length + 1];
        return true;
    }

    /// <summary>
    /// Visits the current segment's <paramref name="matches"/> in document order, 64 at a time, the
    /// next 64 prefetched while the current ones are counted; those that pass every filter go into
    /// <paramref name="hits"/> when given.
    /// </summary>
    public void Visit(DocBits matches, DocBits? hits)
    {
        var words = matches.Words;
        var hitWords = hits is null ? default : hits.Words;
        var next = NextWord(words, 0);
        Prefetch(next, next < words.Length ? words[next] : 0);
        while (next < words.Length)
        {
            var i = next;
            next = NextWord(words, i + 1);
            Prefetch(next, next < words.Length ? words[next] : 0);
            var hitWord = VisitWord(i, words[i]);
            if (!hitWords.IsEmpty)
            {
                hitWords[i] = hitWord;
            }
        }
    }

    /// <summary>
    /// Visits the current segment for a query without words that filters on a category (a category
    /// page): every live document matches, but only the category's own can be hits or count in the
    /// brand, price and rating facets, so the pass visits just those, one run of the segment's
    /// category/price order. The other categories' facet counts come from that order too: a price
    /// range per category, its in-stock documents counted from a running total when no brand or
    /// rating filter asks for a look at each document.
    /// </summary>
    public void Browse(AtomicReader reader)
    {
        var order = _columns.ByCategoryAndPrice;
        if (_categoryOrd >= 0)
        {
            using var members = DocBits.Empty(reader.MaxDoc);
            foreach (var doc in order.Docs.AsSpan(order.Category(_categoryOrd)))
            {
                members.Set(doc);
            }
            members.RemoveDeleted(reader);
            Visit(members, hits: null);
        }
        for (var ord = 0; ord < _columns.CategoryNames.Length; ord++)
        {
            if (ord != _categoryOrd)
            {
                _segmentCategoryCounts[ord + 1] += CountInCategory(order, ord);
            }
        }
        // The order still holds the deleted documents: those counted above are taken off again.
        foreach (var doc in DeletedDocs.Of(reader))
        {
            ref readonly var values = ref _docs[doc];
            if (values.CategoryOrd >= 0 && values.CategoryOrd != _categoryOrd && PassesAllButCategory(values))
            {
                _segmentCategoryCounts[values.CategoryOrd + 1]--;
            }
        }
    }

    /// <summary>How many documents of category <paramref name="ord"/>, deleted ones too, pass every filter but the category's.</summary>
    private int CountInCategory(CategoryPriceOrder order, int ord)
    {
        var priced = order.Priced(ord, _minPrice, _maxPrice);
        if (_brandOrds is null && _minRating == long.MinValue)
        {
            var (from, to) = (priced.Start.Value, priced.End.Value);
            return _inStockOnly ? order.InStockBefore[to] - order.InStockBefore[from] : to - from;
        }
        var count = 0;
        foreach (var doc in order.Docs.AsSpan(priced))
        {
            count += Bit(PassesAllButCategory(_docs[doc]));
        }
        return count;
    }

    private bool PassesAllButCategory(in DocumentValues values) =>
        values.PriceCents >= _minPrice && values.PriceCents <= _maxPrice
        && values.RatingHundredths >= _minRating
        && (!_inStockOnly || values.InStock)
        && (_brandOrds is null || (values.BrandOrd >= 0 && _brandOrds.Get(values.BrandOrd)));

    /// <summary>The first word from <paramref name="start"/> on with a document in it; the length when none.</summary>
    private static int NextWord(Span<long> words, int start)
    {
        var found = words[start..].IndexOfAnyExcept(0L);
        return found < 0 ? words.Length : start + found;
    }

    /// <summary>
    /// Visits the documents of the current segment whose bits are set in <paramref name="word"/>, the
    /// <paramref name="wordIndex"/>-th 64 documents: counts them in the facets and returns the bits of
    /// those that pass every filter (the hits). The documents' values are copied out first and counted
    /// after: a count's address depends on a value just read, and counting straight from the columns
    /// made the processor wait for each document's cache miss in turn instead of fetching the next
    /// ones meanwhile. The counting is free of branches: whether a document passes a filter is as good
    /// as random, and a facet counts it when it fails no filter but the facet's own, an add of 0 or 1.
    /// </summary>
    private long VisitWord(int wordIndex, long word)
    {
        var batch = _batch;
        var bits = _batchBits;
        var docs = _docs;
        var count = 0;
        var first = wordIndex << 6;
        for (; word != 0; word &= word - 1)
        {
            var bit = BitOperations.TrailingZeroCount(word);
            bits[count] = (byte)bit;
            batch[count++] = docs[first + bit];
        }

        var categoryCounts = _segmentCategoryCounts;
        var brandCounts = _segmentBrandCounts;
        var bucketCounts = _bucketCounts;
        var ratingCounts = _ratingCounts;
        var (filterCategory, category, brands) = (_filterCategory, _categoryOrd, _brandOrds);
        var (minPrice, maxPrice, minRating, inStockOnly) = (_minPrice, _maxPrice, _minRating, _inStockOnly);
        var hits = 0L;
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            ref readonly var values = ref batch[i];
            var price = values.PriceCents;
            var miss = Bit(filterCategory & values.CategoryOrd != category) * (int)FilterMiss.Category
                | Bit(price < minPrice | price > maxPrice) * (int)FilterMiss.Price
                | Bit(values.RatingHundredths < minRating) * (int)FilterMiss.Rating
                | Bit(inStockOnly & !values.InStock) * (int)FilterMiss.Stock;
            if (brands is not null)
            {
                miss |= Bit(values.BrandOrd < 0 || !brands.Get(values.BrandOrd)) * (int)FilterMiss.Brand;
            }
            categoryCounts[values.CategoryOrd + 1] += Bit((miss & ~(int)FilterMiss.Category) == 0);
            brandCounts[values.BrandOrd + 1] += Bit((miss & ~(int)FilterMiss.Brand) == 0);
            bucketCounts[Bucket(price)] += Bit((miss & ~(int)FilterMiss.Price) == 0);
            ratingCounts[values.Stars] += Bit((miss & ~(int)FilterMiss.Rating) == 0);
            var hit = Bit(miss == 0);
            total += hit;
            hits |= (long)hit << bits[i];
        }
        Total += total;
        if (_sort != SortKind.Score)
        {
            OfferSorted(first, hits);
        }
        return hits;
    }

    /// <summary>
    /// Asks the processor to fetch the values of the documents in <paramref name="word"/> into the
    /// cache while the word before is counted: the documents of a query are scattered over the
    /// columns (12 MB on a million products), and without it the pass waited on memory for most of its
    /// time. Does nothing on processors without the instruction (the pass is then only slower).
    /// </summary>
    private unsafe void Prefetch(int wordIndex, long word)
    {
        // A dense word's documents share a few cache lines the processor fetches in sequence by itself
        // (a query without words visits every document): prefetching each would only cost instructions.
        if (!Sse.IsSupported || BitOperations.PopCount((ulong)word) > 16)
        {
            return;
        }
        var first = wordIndex << 6;
        fixed (DocumentValues* docs = _docs)
        {
            for (; word != 0; word &= word - 1)
            {
                Sse.Prefetch0(docs + first + BitOperations.TrailingZeroCount(word));
            }
        }
    }

    private void OfferSorted(int first, long hits)
    {
        for (; hits != 0; hits &= hits - 1)
        {
            var doc = first + BitOperations.TrailingZeroCount(hits);
            ref readonly var values = ref _docs[doc];
            _top.Offer(SortValue(doc, values.PriceCents, values.RatingHundredths), _docBase + doc);
        }
    }

    private static int Bit(bool value) => value ? 1 : 0;

    /// <summary>Offers a hit of the current segment with its relevance score (the relevance sort only).</summary>
    public void OfferScored(int doc, float score) => _top.Offer(score, _docBase + doc);

    /// <summary>The best hits, best first, as global document numbers.</summary>
    public IReadOnlyList<int> TopDocuments() => _top.BestFirst();

    public Dictionary<string, long> CategoryCounts
    {
        get
        {
            FlushSegment();
            return _categoryCounts;
        }
    }

    public Dictionary<string, long> BrandCounts
    {
        get
        {
            FlushSegment();
            return _brandCounts;
        }
    }

    /// <summary>Counts per price bucket, in the order of the edges.</summary>
    public ReadOnlySpan<long> PriceCounts => _bucketCounts.AsSpan(1);

    /// <summary>Counts per whole star (0 to 5), a rating of 4.6 counting under 4.</summary>
    public IReadOnlyList<long> RatingCounts => _ratingCounts;

    private double SortValue(int doc, long price, long rating) => _sort switch
    {
        SortKind.PriceAscending => -price,
        SortKind.PriceDescending => price,
        SortKind.Rating => rating,
        SortKind.Newest => _columns.Created[doc],
        _ => 0,
    };

    /// <summary>
    /// 1 + the index of the last edge at or below <paramref name="cents"/>; 0 below the first edge.
    /// The edges are compared two at a time without a branch: a loop of compares was half of the pass.
    /// </summary>
    private int Bucket(long cents)
    {
        var value = Vector128.Create(cents);
        var bucket = 0;
        foreach (var edges in _edgePairs)
        {
            bucket += BitOperations.PopCount(Vector128.GreaterThanOrEqual(value, edges).ExtractMostSignificantBits());
        }
        return bucket;
    }

    /// <summary>The edges in pairs, the last pair padded with an edge no price reaches.</summary>
    private static Vector128<long>[] EdgePairs(long[] edges)
    {
        var pairs = new Vector128<long>[(edges.Length + 1) / 2];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = Vector128.Create(edges[2 * i], 2 * i + 1 < edges.Length ? edges[2 * i + 1] : long.MaxValue);
        }
        return pairs;
    }

    private void FlushSegment()
    {
        if (_segmentCategoryCounts.Length > 0)
        {
            Flush(_segmentCategoryCounts, _columns.CategoryNames, _categoryCounts);
            Flush(_segmentBrandCounts, _columns.BrandNames, _brandCounts);
        }
        _segmentCategoryCounts = [];
        _segmentBrandCounts = [];
    }

    private static void Flush(int[] counts, string[] names, Dictionary<string, long> into)
    {
        for (var ord = 0; ord < names.Length; ord++)
        {
            if (counts[ord + 1] > 0)
            {
                into[names[ord]] = into.GetValueOrDefault(names[ord]) + counts[ord + 1];
            }
        }
    }
}

/// <summary>What the faceting pass orders hits by; larger sort values are better.</summary>
internal enum SortKind
{
    Score,
    PriceAscending,
    PriceDescending,
    Rating,
    Newest,
}
