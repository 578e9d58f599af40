namespace Winkel.Search.Analysis;

/// <summary>
/// Splits a Dutch compound query word into known parts that cover all of it ("koffiebonen" → "koffie",
/// "bonen"; "verjaardagstaart" → "verjaardag", "taart", over the linking "s"), so a compound the catalog
/// writes apart is still found, with every part required. A word the parts do not cover is not split:
/// "koptelefon" is a typo for a product, not a search for everything with "kop" in it.
/// </summary>
internal sealed class CompoundSplitter
{
    /// <summary>Shorter words are never split (also the index's rule).</summary>
    public const int MinWordLength = 8;

    public const int MinPartLength = 3;

    // Dutch joins parts with these linking sounds: boek-en-kast, verjaardag-s-taart, pann-e-koek.
    private static readonly string[] Links = ["", "s", "e", "en"];

    private readonly HashSet<string> _parts;
    private readonly int _longestPart;

    public CompoundSplitter(IEnumerable<string> extraParts)
    {
        _parts = CompoundParts.BuiltIn.Concat(extraParts).Select(ProductAnalyzers.Fold).Where(p => p.Length >= MinPartLength).ToHashSet(StringComparer.Ordinal);
        _longestPart = _parts.Count == 0 ? 0 : _parts.Max(p => p.Length);
    }

    /// <summary>The fewest known parts that make up <paramref name="word"/> (folded), or empty when none do or it is one part.</summary>
    public IReadOnlyList<string> Split(string word)
    {
        if (word.Length < MinWordLength)
        {
            return [];
        }
        // best[i]: the fewest parts covering word[..i]; from[i]: where the last of them starts.
        var best = new int[word.Length + 1];
        var from = new int[word.Length + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (var start = 0; start < word.Length; start++)
        {
            if (best[start] == int.MaxValue)
            {
                continue;
            }
            for (var length = MinPartLength; length <= Math.Min(_longestPart, word.Length - start); length++)
            {
                if (!_parts.Contains(word.Substring(start, length)))
                {
                    continue;
                }
                foreach (var link in Links)
                {
                    var end = start + length + link.Length;
                    if (end <= word.Length && string.CompareOrdinal(word, start + length, link, 0, link.Length) == 0 && best[start] + 1 < best[end])
                    {
                        best[end] = best[start] + 1;
                        from[end] = start;
                    }
                }
            }
        }
        if (best[word.Length] is < 2 or int.MaxValue)
        {
            return [];
        }
        var parts = new List<string>(best[word.Length]);
        for (var end = word.Length; end > 0; end = from[end])
        {
            var start = from[end];
            var part = word[start..end];
            // Drop the linking sound again: the part as the dictionary knows it.
            while (!_parts.Contains(part))
            {
                part = part[..^1];
            }
            parts.Add(part);
        }
        parts.Reverse();
        return parts;
    }
}
