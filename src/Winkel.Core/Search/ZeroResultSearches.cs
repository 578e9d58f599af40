using System.Collections.Concurrent;

namespace Winkel.Core.Search;

/// <summary>
/// The searches that found nothing, counted in memory on this node for the admin dashboard ("what do
/// shoppers look for that we do not sell?"). Deliberately not a metric: search text is free text a
/// shopper typed, so it never becomes a label. Bounded: at most <see cref="Capacity"/> distinct texts;
/// when full, the rarest half is forgotten. The search module calls <see cref="Record"/> when a
/// search's total is 0.
/// </summary>
public sealed class ZeroResultSearches
{
    public const int Capacity = 2_000;
    private const int MaxLength = 80;

    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly Lock _trim = new();

    public void Record(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return;
        }
        _counts.AddOrUpdate(normalized, 1, (_, count) => count + 1);
        if (_counts.Count > Capacity)
        {
            lock (_trim)
            {
                if (_counts.Count > Capacity)
                {
                    foreach (var rare in _counts.OrderBy(c => c.Value).Take(_counts.Count - Capacity / 2).ToList())
                    {
                        _counts.TryRemove(rare.Key, out _);
                    }
                }
            }
        }
    }

    /// <summary>The <paramref name="count"/> most frequent texts, most frequent first (ties alphabetically).</summary>
    public IReadOnlyList<(string Text, long Count)> Top(int count) =>
        [.. _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(count).Select(c => (c.Key, c.Value))];

    /// <summary>Lower case, single spaces, trimmed and cut to 80 characters: "Rode  Jas " and "rode jas" are one search.</summary>
    internal static string Normalize(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var joined = string.Join(' ', words).ToLowerInvariant();
        return joined.Length > MaxLength ? joined[..MaxLength] : joined;
    }
}
