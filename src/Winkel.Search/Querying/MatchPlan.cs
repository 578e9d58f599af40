using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Winkel.Search.Querying;

/// <summary>
/// Which documents of a segment a query matches, as a <see cref="DocBits"/>, without scoring any of
/// them: a term clause's postings are read without their frequencies, any other clause's (fuzzy,
/// prefix) Lucene scorer only steps through its matches into the bits, and <see cref="SumQuery"/>
/// clauses become AND, OR and AND NOT of bit sets. The faceting pass
/// then visits the matches in document order, and only the documents that pass every filter are
/// scored (<see cref="HitScorer"/>). Lucene's Boolean scorer scored every match, in an order of its
/// own, with 2,048 score buckets allocated per segment and query.
/// </summary>
internal abstract class MatchPlan
{
    /// <summary>
    /// The plan for a normalized weight (of a query made of <see cref="SumQuery"/>, term queries and
    /// others), or for every document when <paramref name="weight"/> is null; it matches exactly the
    /// documents Lucene would match.
    /// </summary>
    public static MatchPlan For(Weight? weight) => weight switch
    {
        null => new All(),
        SumQuery.SumWeight sum when sum.SumQuery.MinimumNumberShouldMatch == 0 => ForSum(sum),
        _ => new Scored(weight),
    };

    /// <summary>A new set of the segment's live documents that match; the caller disposes it.</summary>
    public DocBits Match(AtomicReaderContext segment)
    {
        var bits = Collect(segment);
        bits.RemoveDeleted(segment.AtomicReader);
        return bits;
    }

    /// <summary>The segment's documents that match, deleted ones included: deletions are taken off once, at the top.</summary>
    private DocBits Collect(AtomicReaderContext segment)
    {
        var bits = DocBits.Empty(segment.AtomicReader.MaxDoc);
        AddTo(segment, bits);
        return bits;
    }

    /// <summary>Adds the segment's matching documents to <paramref name="bits"/>.</summary>
    protected abstract void AddTo(AtomicReaderContext segment, DocBits bits);

    private static MatchPlan ForSum(SumQuery.SumWeight weight)
    {
        var required = new List<MatchPlan>();
        var optional = new List<MatchPlan>();
        var excluded = new List<MatchPlan>();
        for (var i = 0; i < weight.Clauses.Count; i++)
        {
            var occur = weight.SumQuery.Clauses[i].Occur;
            var clause = weight.Clauses[i];
            var plan = weight.SumQuery.Clauses[i].Query is TermQuery term ? new TermMatches(term.Term) : For(clause);
            (occur switch { Occur.MUST => required, Occur.MUST_NOT => excluded, _ => optional }).Add(plan);
        }
        // With a required clause the optional ones only add to the score; without, one of them must match.
        var matching = required.Count > 0 ? new And(required) : optional.Count switch
        {
            0 => null,
            1 => optional[0],
            _ => new Any(optional),
        };
        return matching is null ? new Nothing() : excluded.Count == 0 ? matching : new Except(matching, new Any(excluded));
    }

    private sealed class Scored(Weight weight) : MatchPlan
    {
        protected override void AddTo(AtomicReaderContext segment, DocBits bits)
        {
            if (weight.GetScorer(segment, acceptDocs: null) is not { } scorer)
            {
                return;
            }
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                bits.Set(doc);
            }
        }
    }

    /// <summary>A term's documents, read without their frequencies through this thread's enumerator (<see cref="TermLookup"/>).</summary>
    private sealed class TermMatches(Term term) : MatchPlan
    {
        protected override void AddTo(AtomicReaderContext segment, DocBits bits)
        {
            if (TermLookup.Docs(segment.AtomicReader, term) is not { } docs)
            {
                return;
            }
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                bits.Set(doc);
            }
        }
    }

    private sealed class Any(List<MatchPlan> plans) : MatchPlan
    {
        protected override void AddTo(AtomicReaderContext segment, DocBits bits)
        {
            foreach (var plan in plans)
            {
                plan.AddTo(segment, bits);
            }
        }
    }

    private sealed class And(List<MatchPlan> plans) : MatchPlan
    {
        protected override void AddTo(AtomicReaderContext segment, DocBits bits)
        {
            using var all = plans[0].Collect(segment);
            for (var i = 1; i < plans.Count && !all.IsEmpty(); i++)
            {
                using var next = plans[i].Collect(segment);
                all.And(next);
            }
            bits.Or(all);
        }
    }

    private sealed class Except(MatchPlan matching, MatchPlan excluded) : MatchPlan
    {
        protected override void AddTo(AtomicReaderContext segment, DocBits bits)
        {
            using var matches = matching.Collect(segment);
            using var exclusions = excluded.Collect(segment);
            matches.AndNot(exclusions);
            bits.Or(matches);
        }
    }

    private sealed class All : MatchPlan
    {
        protected override void AddTo(AtomicReaderContext segment, DocBits bits)
        {
            bits.AddAll();
        }
    }

    private sealed class Nothing : MatchPlan
    {
        protected override void AddTo(AtomicReaderContext segment, DocBits bits)
        {
        }
    }
}
