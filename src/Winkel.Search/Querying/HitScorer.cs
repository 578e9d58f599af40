using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Winkel.Search.Querying;

/// <summary>
/// Lucene's relevance scores of a segment's hits, and only of those: each term clause's scorer is
/// asked for the hits alone (they are its accepted documents) and its scores are summed per hit, as
/// Lucene's Boolean scorers sum a <see cref="SumQuery"/>'s clauses. Any other clause (fuzzy
/// expansions, a compound's parts that must all match) is scored by Lucene's own scorer for it. Lucene's
/// Boolean scorer over the whole query visited every match and allocated 2,048 score buckets per segment
/// and query, which made it the larger half of a search's cost on a million products.
/// </summary>
internal sealed class HitScorer : IDisposable
{
    private readonly DocBits _hits;
    private readonly int[] _ranks; // per 64-document word: how many hits come before it
    private readonly double[] _scores;

    private HitScorer(DocBits hits)
    {
        _hits = hits;
        var words = hits.Words;
        _ranks = ArrayPool<int>.Shared.Rent(words.Length);
        var count = 0;
        for (var i = 0; i < words.Length; i++)
        {
            _ranks[i] = count;
            count += BitOperations.PopCount((ulong)words[i]);
        }
        _scores = ArrayPool<double>.Shared.Rent(Math.Max(count, 1));
        Array.Clear(_scores, 0, count);
    }

    /// <summary>Scores every hit of <paramref name="segment"/> for <paramref name="weight"/> and hands each to <paramref name="offer"/>.</summary>
    public static void Score(Weight weight, AtomicReaderContext segment, DocBits hits, Action<int, float> offer)
    {
        using var scorer = new HitScorer(hits);
        scorer.Add(weight, everyHitMatches: true, segment);
        var words = hits.Words;
        var rank = 0;
        for (var i = 0; i < words.Length; i++)
        {
            for (var word = words[i]; word != 0; word &= word - 1)
            {
                offer((i << 6) + BitOperations.TrailingZeroCount(word), (float)scorer._scores[rank++]);
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_ranks);
        ArrayPool<double>.Shared.Return(_scores);
    }

    /// <summary>
    /// Adds <paramref name="weight"/>'s score to each hit it matches. A sum of optional clauses is the sum
    /// of those that match; a sum of required ones is the sum of all, but only where every hit is known
    /// to match them all (the top of the query): deeper down Lucene scores it, requirement and all.
    /// </summary>
    private void Add(Weight weight, bool everyHitMatches, AtomicReaderContext segment)
    {
        if (weight is SumQuery.SumWeight sum && sum.SumQuery.MinimumNumberShouldMatch == 0)
        {
            var clauses = sum.SumQuery.Clauses;
            if (clauses.All(c => c.Occur == Occur.SHOULD))
            {
                foreach (var clause in sum.Clauses)
                {
                    Add(clause, everyHitMatches: false, segment);
                }
                return;
            }
            if (everyHitMatches && clauses.All(c => c.Occur == Occur.MUST))
            {
                foreach (var clause in sum.Clauses)
                {
                    Add(clause, everyHitMatches: true, segment);
                }
                return;
            }
        }
        if (weight.GetScorer(segment, _hits) is not { } scorer)
        {
            return;
        }
        var words = _hits.Words;
        int doc;
        while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            var index = doc >> 6;
            _scores[_ranks[index] + BitOperations.PopCount((ulong)(words[index] & ((1L << doc) - 1)))] += scorer.GetScore();
        }
    }
}
