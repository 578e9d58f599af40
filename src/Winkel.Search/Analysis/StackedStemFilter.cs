using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Winkel.Search.Analysis;

/// <summary>
/// Keeps each word and stacks its Dutch and its English stem at the same position, so that a catalog
/// written in both languages needs no language detection: "fietsen" finds "fiets", "laptops" finds
/// "laptop", and the unstemmed word stays for exact, prefix and fuzzy matches. The query side runs the
/// same filter, so a stem only ever meets stems made the same way.
/// </summary>
internal sealed class StackedStemFilter : TokenFilter
{
    private const int MinLength = 4;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IKeywordAttribute _keyword;
    private readonly SnowballProgram _dutch = new DutchStemmer();
    private readonly SnowballProgram _english = new EnglishStemmer();
    private readonly string?[] _pending = new string?[2];
    private int _pendingCount;
    private State? _state;
    private char[] _scratch = new char[32];

    public StackedStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingCount > 0)
        {
            RestoreState(_state);
            var stem = _pending[--_pendingCount]!;
            _term.SetEmpty().Append(stem);
            _positionIncrement.PositionIncrement = 0;
            _keyword.IsKeyword = true;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (_keyword.IsKeyword || _term.Length < MinLength || !IsLetters(_term))
        {
            return true;
        }
        var dutch = Stem(_dutch);
        var english = Stem(_english);
        if (dutch is not null)
        {
            _pending[_pendingCount++] = dutch;
        }
        if (english is not null && english != dutch)
        {
            _pending[_pendingCount++] = english;
        }
        if (_pendingCount > 0)
        {
            _state = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingCount = 0;
        _state = null;
    }

    /// <summary>The stem, or null when it is the word itself.</summary>
    private string? Stem(SnowballProgram stemmer)
    {
        // The stemmer works in the array it is given: hand it a copy, never the term's own buffer.
        if (_scratch.Length < _term.Length + 8)
        {
            _scratch = new char[_term.Length + 16];
        }
        Array.Copy(_term.Buffer, _scratch, _term.Length);
        stemmer.SetCurrent(_scratch, _term.Length);
        stemmer.Stem();
        var length = stemmer.CurrentBufferLength;
        var buffer = stemmer.CurrentBuffer;
        if (length == _term.Length && buffer.AsSpan(0, length).SequenceEqual(_term.Buffer.AsSpan(0, length)))
        {
            return null;
        }
        return length < 2 ? null : new string(buffer, 0, length);
    }

    private static bool IsLetters(ICharTermAttribute term)
    {
        foreach (var c in term.Buffer.AsSpan(0, term.Length))
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }
}
