using Lucene.Net.Search;

namespace Winkel.Search.Querying;

/// <summary>
/// A Boolean query without coordination (a document's score is the sum of its matching clauses'
/// scores) whose weight shows its clauses' weights, normalized as Lucene normalizes them: the search
/// engine steps through the clauses itself (<see cref="MatchPlan"/>, <see cref="HitScorer"/>)
/// and still scores each one exactly as Lucene would.
/// </summary>
internal sealed class SumQuery : BooleanQuery
{
    public SumQuery()
        : base(disableCoord: true)
    {
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new SumWeight(this, searcher);

    /// <summary>The weight of a <see cref="SumQuery"/>: its clauses' weights, in clause order.</summary>
    internal sealed class SumWeight(SumQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, disableCoord: true)
    {
        public SumQuery SumQuery => query;

        public IList<Weight> Clauses => m_weights;
    }
}
