using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Winkel.Search.Querying;

/// <summary>
/// A set of a segment's document numbers as bits, on an array rented from the shared pool: a query
/// needs a few of these per segment (a million documents is 122 KiB each), and allocating them would
/// put every query on the large-object heap. Also serves as Lucene's accept-docs (<see cref="IBits"/>).
/// </summary>
internal sealed class DocBits : IBits, IDisposable
{
    private long[] _words;
    private readonly int _wordCount;

    private DocBits(int length)
    {
        Length = length;
        _wordCount = (length + 63) >> 6;
        _words = ArrayPool<long>.Shared.Rent(_wordCount);
        Array.Clear(_words, 0, _wordCount);
    }

    public int Length { get; }

    /// <summary>The set's 64-bit words; bit <c>d &amp; 63</c> of word <c>d &gt;&gt; 6</c> is document <c>d</c>.</summary>
    public Span<long> Words => _words.AsSpan(0, _wordCount);

    /// <summary>An empty set for documents 0 to <paramref name="length"/> - 1.</summary>
    public static DocBits Empty(int length) => new(length);

    /// <summary>Adds every document of the segment, deleted ones too.</summary>
    public void AddAll()
    {
        var words = Words;
        words.Fill(-1L);
        if ((Length & 63) != 0)
        {
            words[^1] = (1L << Length) - 1; // C# masks the shift count to 0–63
        }
    }

    /// <summary>Takes every deleted document of <paramref name="reader"/>'s segment out of the set.</summary>
    public void RemoveDeleted(AtomicReader reader)
    {
        foreach (var doc in DeletedDocs.Of(reader))
        {
            Clear(doc);
        }
    }

    public bool Get(int index) => (_words[index >> 6] & (1L << index)) != 0;

    public void Set(int doc) => _words[doc >> 6] |= 1L << doc;

    public void Clear(int doc) => _words[doc >> 6] &= ~(1L << doc);

    public void And(DocBits other)
    {
        var words = Words;
        var others = other.Words;
        for (var i = 0; i < words.Length; i++)
        {
            words[i] &= others[i];
        }
    }

    public void Or(DocBits other)
    {
        var words = Words;
        var others = other.Words;
        for (var i = 0; i < words.Length; i++)
        {
            words[i] |= others[i];
        }
    }

    public void AndNot(DocBits other)
    {
        var words = Words;
        var others = other.Words;
        for (var i = 0; i < words.Length; i++)
        {
            words[i] &= ~others[i];
        }
    }

    public bool IsEmpty() => Words.IndexOfAnyExcept(0L) < 0;

    public void Dispose()
    {
        if (_words.Length > 0)
        {
            ArrayPool<long>.Shared.Return(_words);
            _words = [];
        }
    }
}
