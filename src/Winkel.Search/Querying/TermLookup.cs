using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Winkel.Search.Querying;

/// <summary>
/// Finds terms in the segments' terms dictionaries with one terms enumerator per thread, segment and
/// field, kept for the segment's life: Lucene makes a new enumerator for every look-up, with its own
/// frames and buffers, and a query of a few words with their stems and synonyms looks up some fifty
/// terms in each segment (whether the index knows a word, the term statistics, then each scorer),
/// about 150 KiB of garbage per search and, for the larger queries, a millisecond of work.
/// </summary>
internal static class TermLookup
{
    [ThreadStatic]
    private static ConditionalWeakTable<object, Dictionary<string, FieldTerms>>? _fields;

    /// <summary>
    /// The term's statistics over all segments of <paramref name="top"/> (a searcher's top reader
    /// context), as Lucene's <see cref="TermContext.Build"/> gives them.
    /// </summary>
    public static TermContext Context(IndexReaderContext top, Term term)
    {
        var context = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            var terms = Field(leaf.AtomicReader, term.Field).Terms;
            if (terms is not null && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        return context;
    }

    /// <summary>
    /// The documents of the segment that hold <paramref name="term"/>, without frequencies (those only
    /// scoring needs); deleted ones too. Null when none do. The enumerator is this thread's, reused by
    /// its next call for the same segment and field.
    /// </summary>
    public static DocsEnum? Docs(AtomicReader segment, Term term)
    {
        var field = Field(segment, term.Field);
        if (field.Terms is null || !field.Terms.SeekExact(term.Bytes))
        {
            return null;
        }
        field.Docs = field.Terms.Docs(liveDocs: null, field.Docs, DocsFlags.NONE);
        return field.Docs;
    }

    private static FieldTerms Field(AtomicReader segment, string field)
    {
        var fields = (_fields ??= []).GetValue(segment.CoreCacheKey, _ => new Dictionary<string, FieldTerms>(StringComparer.Ordinal));
        if (!fields.TryGetValue(field, out var terms))
        {
            terms = new FieldTerms(segment.GetTerms(field)?.GetEnumerator());
            fields[field] = terms;
        }
        return terms;
    }

    private sealed class FieldTerms(TermsEnum? terms)
    {
        public TermsEnum? Terms { get; } = terms;

        public DocsEnum? Docs { get; set; }
    }
}
