namespace Winkel.Search.Analysis;

/// <summary>
/// Query-time synonym groups ("laptop, notebook"): a query word that belongs to a group also matches
/// the other members. A member may be several words ("washing machine"); only one-word members are
/// looked up from a query word.
/// </summary>
internal sealed class Synonyms
{
    private readonly Dictionary<string, string[]> _alternatives = new(StringComparer.Ordinal);

    public Synonyms(IEnumerable<string> groups)
    {
        foreach (var group in groups)
        {
            var members = group.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ProductAnalyzers.Fold)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            foreach (var member in members.Where(m => !m.Contains(' ', StringComparison.Ordinal)))
            {
                var others = members.Where(m => m != member);
                _alternatives[member] = _alternatives.TryGetValue(member, out var existing)
                    ? existing.Concat(others).Distinct(StringComparer.Ordinal).ToArray()
                    : others.ToArray();
            }
        }
    }

    /// <summary>The other members of the groups <paramref name="word"/> (folded) belongs to; empty when none.</summary>
    public IReadOnlyList<string> For(string word) => _alternatives.TryGetValue(word, out var others) ? others : [];
}
