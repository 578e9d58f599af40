using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Winkel.Search.Querying;

/// <summary>
/// One pass over the documents the text matches: applies the filters from doc values, keeps the best
/// <c>page × pageSize</c> hits for the sort, and counts the four facets. A document that fails only
/// filter F still counts in facet F, so each facet's counts apply every filter except its own (the
/// usual faceted-navigation rule: ticking a second brand adds to the results, the brand list stays).
/// Counts are kept per segment by ordinal and turned into values once per segment.
/// </summary>
internal sealed class FacetingCollector : ICollector
{
    private readonly FacetFilters _filters;
    private readonly bool _filterCategory;
    private readonly long _minPrice;
    private readonly long _maxPrice;
    private readonly long _minRating;
    private readonly bool _inStockOnly;
    private readonly SortKind _sort;
    private readonly long[] _bucketEdges;
    private readonly TopHits _top;

    private readonly Dictionary<string, long> _categoryCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _brandCounts = new(StringComparer.Ordinal);

    // Slot 0 of each counting array is "below the first edge" (price) or "no value" (ordinal + 1).
    private readonly long[] _bucketCounts;
    private readonly long[] _ratingCounts = new long[6];

    private Scorer? _scorer;
    private int _docBase;
    private bool _segmentEmpty;
    private SegmentColumns _columns = null!;
    private int _categoryOrd;
    private FixedBitSet? _brandOrds;
    private int[] _segmentCategoryCounts = [];
    private int[] _segmentBrandCounts = [];

    public FacetingCollector(FacetFilters filters, SortKind sort, IReadOnlyList<long> bucketEdges, int keep)
    {
        _filters = filters;
        _filterCategory = filters.Category is not null;
        _minPrice = filters.MinPriceCents ?? long.MinValue;
        _maxPrice = filters.MaxPriceCents ?? long.MaxValue;
        _minRating = filters.MinRatingHundredths ?? long.MinValue;
        _inStockOnly = filters.InStockOnly;
        _sort = sort;
        _bucketEdges = [.. bucketEdges];
        _bucketCounts = new long[_bucketEdges.Length + 1];
        _top = new TopHits(keep);
    }

    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        var columns = SegmentColumns.For(reader);
        _segmentEmpty = columns is null;
        if (columns is null)
        {
            return;
        }
        _columns = columns;
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
    }

    public void Collect(int doc)
    {
        if (_segmentEmpty)
        {
            return;
        }
        ref readonly var values = ref _columns.Docs[doc];
        var categoryOrd = values.CategoryOrd;
        var brandOrd = values.BrandOrd;
        var price = values.PriceCents;
        long rating = values.RatingHundredths;
        var miss = FilterMiss.None;
        if (_filterCategory && categoryOrd != _categoryOrd)
        {
            miss |= FilterMiss.Category;
        }
        if (_brandOrds is not null && (brandOrd < 0 || !_brandOrds.Get(brandOrd)))
        {
            miss |= FilterMiss.Brand;
        }
        if (price < _minPrice || price > _maxPrice)
        {
            miss |= FilterMiss.Price;
        }
        if (rating < _minRating)
        {
            miss |= FilterMiss.Rating;
        }
        if (_inStockOnly && !values.InStock)
        {
            miss |= FilterMiss.Stock;
        }

        switch (miss)
        {
            case FilterMiss.None:
                Total++;
                _top.Offer(SortValue(doc, price, rating), _docBase + doc);
                CountCategory(categoryOrd);
                CountBrand(brandOrd);
                CountPrice(price);
                CountRating(rating);
                break;
            case FilterMiss.Category:
                CountCategory(categoryOrd);
                break;
            case FilterMiss.Brand:
                CountBrand(brandOrd);
                break;
            case FilterMiss.Price:
                CountPrice(price);
                break;
            case FilterMiss.Rating:
                CountRating(rating);
                break;
        }
    }

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
        SortKind.Score => _scorer?.GetScore() ?? 0,
        SortKind.PriceAscending => -price,
        SortKind.PriceDescending => price,
        SortKind.Rating => rating,
        SortKind.Newest => _columns.Created[doc],
        _ => 0,
    };

    private void CountCategory(int ord) => _segmentCategoryCounts[ord + 1]++;

    private void CountBrand(int ord) => _segmentBrandCounts[ord + 1]++;

    private void CountPrice(long cents) => _bucketCounts[Bucket(cents)]++;

    private void CountRating(long hundredths) => _ratingCounts[Math.Clamp((int)(hundredths / 100), 0, 5)]++;

    /// <summary>1 + the index of the last edge at or below <paramref name="cents"/>; 0 below the first edge.</summary>
    private int Bucket(long cents)
    {
        var bucket = 0;
        foreach (var edge in _bucketEdges)
        {
            bucket += cents >= edge ? 1 : 0;
        }
        return bucket;
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

/// <summary>What the collector orders hits by; larger sort values are better.</summary>
internal enum SortKind
{
    Score,
    PriceAscending,
    PriceDescending,
    Rating,
    Newest,
}
