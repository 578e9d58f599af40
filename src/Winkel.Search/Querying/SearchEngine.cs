using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Winkel.Search.Indexing;

namespace Winkel.Search.Querying;

/// <summary>Runs a <see cref="SearchQuery"/> against one index searcher: the matching ids for a page and the facet counts.</summary>
internal sealed class SearchEngine(TextQueryBuilder queries, IReadOnlyList<decimal> priceBuckets, int maxBrandFacets)
{
    private static readonly ISet<string> IdOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Id };

    private readonly long[] _bucketEdges = [.. priceBuckets.Select(IndexFields.Cents)];

    public EngineResult Run(IndexSearcher searcher, SearchQuery query)
    {
        var textQuery = queries.Build(query.Text, searcher.IndexReader);
        var sort = query.Sort switch
        {
            SearchSort.PriceAscending => SortKind.PriceAscending,
            SearchSort.PriceDescending => SortKind.PriceDescending,
            SearchSort.Rating => SortKind.Rating,
            SearchSort.Newest => SortKind.Newest,
            // Without words every score is the same: the best rated come first.
            _ => textQuery is null ? SortKind.Rating : SortKind.Score,
        };
        var filters = new FacetFilters(
            string.IsNullOrEmpty(query.Category) ? null : query.Category,
            query.Brands.Where(b => b.Length > 0).ToHashSet(StringComparer.Ordinal),
            query.MinPrice is { } min ? IndexFields.Cents(min) : null,
            query.MaxPrice is { } max ? IndexFields.Cents(max) : null,
            query.MinRating is { } rating ? IndexFields.Cents(rating) : null,
            query.InStockOnly);
        var skip = (query.Page - 1) * query.PageSize;
        var pass = new FacetingPass(filters, sort, _bucketEdges, skip + query.PageSize);
        // One weight, normalized as Lucene normalizes it, both finds the matches and scores the hits.
        var weight = textQuery is null ? null : searcher.CreateNormalizedWeight(textQuery);
        var plan = MatchPlan.For(weight);
        foreach (var segment in searcher.IndexReader.Leaves)
        {
            if (!pass.StartSegment(segment))
            {
                continue;
            }
            if (textQuery is null && filters.Category is not null)
            {
                pass.Browse(segment.AtomicReader);
                continue;
            }
            using var matches = plan.Match(segment);
            if (sort != SortKind.Score)
            {
                pass.Visit(matches, hits: null);
                continue;
            }
            using var hits = DocBits.Empty(segment.AtomicReader.MaxDoc);
            pass.Visit(matches, hits);
            HitScorer.Score(weight!, segment, hits, pass.OfferScored);
        }

        var ids = pass.TopDocuments().Skip(skip).Select(doc => IdOf(searcher, doc)).ToList();
        return new EngineResult(pass.Total, ids, Facets(pass));
    }

    private static string IdOf(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (leaf.AtomicReader.GetBinaryDocValues(IndexFields.IdValue) is { } ids)
        {
            var id = new BytesRef();
            ids.Get(doc - leaf.DocBase, id);
            return id.Utf8ToString();
        }
        // An index analysed before ids were doc values (it serves while its successor is built).
        return searcher.Doc(doc, IdOnly).Get(IndexFields.Id);
    }

    private SearchFacets Facets(FacetingPass pass)
    {
        var prices = new List<PriceBucketCount>();
        for (var i = 0; i < _bucketEdges.Length; i++)
        {
            if (pass.PriceCounts[i] > 0)
            {
                prices.Add(new PriceBucketCount(priceBuckets[i], i + 1 < priceBuckets.Count ? priceBuckets[i + 1] : null, pass.PriceCounts[i]));
            }
        }
        var ratings = new List<FacetCount>();
        long atLeast = pass.RatingCounts[5];
        for (var stars = 4; stars >= 1; stars--)
        {
            atLeast += pass.RatingCounts[stars];
            ratings.Add(new FacetCount(stars.ToString(System.Globalization.CultureInfo.InvariantCulture), atLeast));
        }
        return new SearchFacets(
            Ordered(pass.CategoryCounts, int.MaxValue),
            Ordered(pass.BrandCounts, maxBrandFacets),
            prices,
            ratings);
    }

    private static List<FacetCount> Ordered(Dictionary<string, long> counts, int limit) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(limit).Select(c => new FacetCount(c.Key, c.Value))];
}

/// <summary>The ids of one page of hits, best first, with the total and the facets.</summary>
internal sealed record EngineResult(long Total, IReadOnlyList<string> ProductIds, SearchFacets Facets);
