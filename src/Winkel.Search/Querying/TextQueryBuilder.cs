using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Winkel.Search.Analysis;
using Winkel.Search.Indexing;

namespace Winkel.Search.Querying;

/// <summary>
/// Turns a shopper's text into a Lucene query without ever parsing Lucene syntax: the text only goes
/// through the analyzer, so <c>*</c>, <c>?</c>, <c>~</c>, <c>"</c>, <c>(</c> and <c>:</c> are plain
/// characters. Every word must match (in name, brand or the other text, name weighing most) through
/// its forms: the word, its stems and synonyms. A word the index does not know at all is a typo, a
/// compound written together or, for the last word, one still being typed: it also matches through
/// its compound parts (all of them), near spellings (words of 5+ letters, the first two letters exact)
/// and completions. Known words are taken as typed: "sneakers" is not a typo for "speakers", and
/// expanding every word into its neighbours is most of what a query would cost on a large catalog.
/// </summary>
internal sealed class TextQueryBuilder(Analyzer analyzer, CompoundSplitter compounds, Synonyms synonyms)
{
    /// <summary>Words after this many are ignored, which bounds the cost of a very long query.</summary>
    public const int MaxWords = 12;

    private const int FuzzyMinLength = 5;
    private const int PrefixMinLength = 3;
    private const int FuzzyPrefixLength = 2;
    private const float StemBoost = 0.9f;
    private const float SynonymBoost = 0.8f;
    private const float FuzzyBoost = 0.4f;
    private const float PrefixBoost = 0.5f;

    private static readonly (string Field, float Boost)[] Fields =
        [(IndexFields.Name, IndexFields.NameBoost), (IndexFields.Brand, IndexFields.BrandBoost), (IndexFields.Text, IndexFields.TextBoost)];

    /// <summary>The query for <paramref name="text"/> on <paramref name="index"/>; null when it holds no searchable word (then everything matches).</summary>
    public Query? Build(string text, IndexReader index)
    {
        var words = Analyze(text, MaxWords);
        if (words.Count == 0)
        {
            return null;
        }
        var terms = new IndexTerms(index.Context);
        var query = new SumQuery();
        for (var i = 0; i < words.Count; i++)
        {
            query.Add(WordQuery(words[i], terms, isLast: i == words.Count - 1), Occur.MUST);
        }
        return query;
    }

    /// <summary>
    /// The analysed words of <paramref name="text"/>: per position, the word as typed (folded) first,
    /// then its stems.
    /// </summary>
    public List<List<string>> Analyze(string text, int maxWords)
    {
        var words = new List<List<string>>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || words.Count == 0)
            {
                if (words.Count == maxWords)
                {
                    break;
                }
                words.Add([]);
            }
            var value = term.ToString();
            if (!words[^1].Contains(value))
            {
                words[^1].Add(value);
            }
        }
        stream.End();
        return words;
    }

    private BooleanQuery WordQuery(List<string> forms, IndexTerms terms, bool isLast)
    {
        var word = forms[0];
        var query = new SumQuery();
        // The index stacks a word's stems on the word itself, so where the word is, its stems are too:
        // in the long text field the stems alone find the same documents, and the word as typed, one
        // clause fewer to score on every match, earns its extra weight in name and brand only.
        terms.Add(query, word, 1f, withText: forms.Count == 1);
        for (var i = 1; i < forms.Count; i++)
        {
            terms.Add(query, forms[i], StemBoost);
        }
        if (!forms.Exists(terms.IsKnown))
        {
            AddUnknownWord(query, word, terms, isLast);
        }
        foreach (var synonym in forms.SelectMany(synonyms.For).Distinct(StringComparer.Ordinal))
        {
            var synonymWords = Analyze(synonym, MaxWords);
            if (synonymWords.Count == 1)
            {
                foreach (var form in synonymWords[0])
                {
                    terms.Add(query, form, SynonymBoost);
                }
            }
            else if (synonymWords.Count > 1)
            {
                query.Add(AllOf(synonymWords, terms, SynonymBoost), Occur.SHOULD);
            }
        }
        return query;
    }

    /// <summary>A typo, a compound the catalog writes apart, or a word still being typed: all its parts together, near spellings, completions.</summary>
    private void AddUnknownWord(BooleanQuery query, string word, IndexTerms terms, bool isLast)
    {
        if (compounds.Split(word) is { Count: > 0 } parts)
        {
            query.Add(AllOf(parts.Select(part => Analyze(part, 1).SelectMany(forms => forms).DefaultIfEmpty(part).ToList()), terms, StemBoost), Occur.SHOULD);
        }
        if (word.Length >= FuzzyMinLength && IsLetters(word))
        {
            var edits = word.Length >= 8 ? 2 : 1;
            foreach (var (field, boost) in Fields)
            {
                query.Add(new FuzzyQuery(new Term(field, word), edits, FuzzyPrefixLength, maxExpansions: 20, transpositions: true) { Boost = boost * FuzzyBoost }, Occur.SHOULD);
            }
        }
        if (isLast && word.Length >= PrefixMinLength)
        {
            query.Add(new PrefixQuery(new Term(IndexFields.Name, word)) { Boost = IndexFields.NameBoost * PrefixBoost }, Occur.SHOULD);
            query.Add(new PrefixQuery(new Term(IndexFields.Brand, word)) { Boost = IndexFields.BrandBoost * PrefixBoost }, Occur.SHOULD);
        }
    }

    /// <summary>Every word required, each through any of its forms: a several-word synonym, or a compound's parts.</summary>
    private static BooleanQuery AllOf(IEnumerable<List<string>> words, IndexTerms terms, float boost)
    {
        var all = new SumQuery() { Boost = boost };
        foreach (var forms in words)
        {
            var any = new SumQuery();
            foreach (var form in forms)
            {
                terms.Add(any, form, 1f);
            }
            all.Add(any, Occur.MUST);
        }
        return all;
    }

    /// <summary>
    /// The term queries of one query, each with its statistics looked up once (<see cref="TermLookup"/>):
    /// whether the index knows a word and the weight of its term query then take one look-up per segment.
    /// </summary>
    private sealed class IndexTerms(IndexReaderContext top)
    {
        private readonly Dictionary<(string Field, string Form), TermContext> _contexts = [];

        public bool IsKnown(string form) => Array.Exists(Fields, f => Context(f.Field, form).DocFreq > 0);

        /// <summary>Adds a term query per field (the long text field only when <paramref name="withText"/>) for <paramref name="form"/>.</summary>
        public void Add(BooleanQuery query, string form, float boost, bool withText = true)
        {
            foreach (var (field, fieldBoost) in Fields)
            {
                if (withText || field != IndexFields.Text)
                {
                    query.Add(new TermQuery(new Term(field, form), Context(field, form)) { Boost = fieldBoost * boost }, Occur.SHOULD);
                }
            }
        }

        private TermContext Context(string field, string form)
        {
            if (!_contexts.TryGetValue((field, form), out var context))
            {
                context = TermLookup.Context(top, new Term(field, form));
                _contexts[(field, form)] = context;
            }
            return context;
        }
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }
}
