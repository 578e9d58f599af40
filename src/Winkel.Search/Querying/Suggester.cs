using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Winkel.Search.Analysis;
using Winkel.Search.Indexing;

namespace Winkel.Search.Querying;

/// <summary>
/// Completes the last word of what a shopper is typing from the words of product names and brands,
/// most common first; the words before it are kept as typed ("philips air" → "philips airfryer").
/// </summary>
internal static class Suggester
{
    /// <summary>How many index terms with the prefix are looked at, at most.</summary>
    private const int MaxTermsScanned = 5_000;

    public static IReadOnlyList<string> Suggest(IndexSearcher searcher, string text, int limit)
    {
        var trimmed = text.Trim();
        var split = trimmed.LastIndexOf(' ');
        var head = split < 0 ? "" : trimmed[..(split + 1)];
        var prefix = ProductAnalyzers.Fold(split < 0 ? trimmed : trimmed[(split + 1)..]);
        if (prefix.Length < 2 || limit < 1)
        {
            return [];
        }
        var terms = MultiFields.GetTerms(searcher.IndexReader, IndexFields.Words);
        if (terms is null)
        {
            return [];
        }
        var enumerator = terms.GetEnumerator();
        var prefixBytes = new BytesRef(prefix);
        if (enumerator.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
        {
            return [];
        }
        var found = new List<(string Term, int Frequency)>();
        for (var scanned = 0; scanned < MaxTermsScanned; scanned++)
        {
            var term = enumerator.Term;
            if (!StringHelper.StartsWith(term, prefixBytes))
            {
                break;
            }
            found.Add((term.Utf8ToString(), enumerator.DocFreq));
            if (!enumerator.MoveNext())
            {
                break;
            }
        }
        return [.. found
            .OrderByDescending(f => f.Frequency)
            .ThenBy(f => f.Term, StringComparer.Ordinal)
            .Take(limit)
            .Select(f => head + f.Term)];
    }
}
