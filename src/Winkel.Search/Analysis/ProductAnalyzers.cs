using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Winkel.Search.Analysis;

/// <summary>
/// The analysis every text field shares at index and at query time: words split by Unicode rules,
/// lower-cased, accents folded ("crème" → "creme", "Côte" → "cote"), Dutch and English stop words
/// dropped, Dutch compounds split into their known parts, and each word stacked with its Dutch and
/// English stems (<see cref="StackedStemFilter"/>).
/// </summary>
internal static class ProductAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Changes whenever analysis changes what the index holds: an index built with another version is
    /// rebuilt aside at start while the old one keeps serving (<see cref="Indexing.SearchIndexer"/>).
    /// </summary>
    public const string AnalysisVersion = "2";

    /// <summary>
    /// Words of shop boilerplate that say nothing about a product: "kopen" (buy) sits in the SEO keywords
    /// of every product ("sneakers kopen"), and its stem "kop" would make "kop" match the whole catalog.
    /// </summary>
    private static readonly string[] ShopStopWords = ["kopen", "koop", "bestellen", "bestel", "buy"];

    /// <summary>The index's analyzer (words as typed for the suggestion field); <paramref name="extraCompoundParts"/> extend <see cref="CompoundParts.BuiltIn"/>.</summary>
    public static Analyzer Text(IEnumerable<string> extraCompoundParts)
    {
        var parts = new CharArraySet(Version, 256, ignoreCase: true);
        foreach (var part in CompoundParts.BuiltIn.Concat(extraCompoundParts))
        {
            parts.Add(Fold(part));
        }
        var text = Chain(parts);
        return new PerFieldAnalyzerWrapper(text, new Dictionary<string, Analyzer> { [Indexing.IndexFields.Words] = Words() });
    }

    /// <summary>
    /// The query side: the index's chain without the compound splitter. A query word is matched as
    /// itself and its stems; its compound parts would each match alone ("koptelefoon" → "kop", which
    /// every "kopen" stems to), so <see cref="CompoundSplitter"/> requires all of them together instead.
    /// </summary>
    public static Analyzer Query() => Chain(compoundParts: null);

    private static Analyzer Chain(CharArraySet? compoundParts)
    {
        var stopWords = new CharArraySet(Version, 256, ignoreCase: true);
        stopWords.UnionWith(DutchAnalyzer.DefaultStopSet);
        stopWords.UnionWith(EnglishAnalyzer.DefaultStopSet);
        stopWords.UnionWith(ShopStopWords);
        return Analyzer.NewAnonymous((field, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, stopWords);
            if (compoundParts is not null)
            {
                stream = new DictionaryCompoundWordTokenFilter(Version, stream, compoundParts, minWordSize: CompoundSplitter.MinWordLength,
                    minSubwordSize: CompoundSplitter.MinPartLength, maxSubwordSize: 15, onlyLongestMatch: false);
            }
            stream = new StackedStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        });
    }

    /// <summary>Words as typed (lower-cased, accents folded), for prefix suggestions.</summary>
    public static Analyzer Words() => Analyzer.NewAnonymous((field, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>Lower-cases and folds accents the way the analyzers do.</summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant().ToCharArray();
        var output = new char[lower.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(lower, 0, output, 0, lower.Length);
        return new string(output, 0, length);
    }
}
