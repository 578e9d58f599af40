namespace Winkel.Search.Monitoring;

/// <summary>The searches that found nothing, most frequent first, for the admin's "searches with no results".</summary>
public interface IZeroResultQueries
{
    void Record(string query);

    /// <summary>Up to <paramref name="count"/> queries, the most frequent first.</summary>
    IReadOnlyList<ZeroResultQuery> Top(int count);
}

/// <summary>A query as typed (lower-cased, spaces collapsed), how often it found nothing, and when last (Unix seconds).</summary>
public sealed record ZeroResultQuery(string Query, long Count, long LastSeenAt);

/// <summary>
/// A bounded in-memory tally kept per node (lost at restart). When full, a new query replaces the least
/// frequent one, so a flood of one-off queries cannot push out the ones shoppers keep typing.
/// </summary>
internal sealed class ZeroResultQueries(int capacity, TimeProvider time) : IZeroResultQueries
{
    private const int MaxQueryLength = 100;

    private readonly Dictionary<string, (long Count, long LastSeenAt)> _counts = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Record(string query)
    {
        var key = Normalize(query);
        if (key.Length == 0)
        {
            return;
        }
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        lock (_lock)
        {
            if (_counts.TryGetValue(key, out var entry))
            {
                _counts[key] = (entry.Count + 1, now);
                return;
            }
            if (_counts.Count >= capacity)
            {
                var least = _counts.MinBy(e => (e.Value.Count, e.Value.LastSeenAt)).Key;
                _counts.Remove(least);
            }
            _counts[key] = (1, now);
        }
    }

    public IReadOnlyList<ZeroResultQuery> Top(int count)
    {
        lock (_lock)
        {
            return [.. _counts
                .OrderByDescending(e => e.Value.Count)
                .ThenByDescending(e => e.Value.LastSeenAt)
                .Take(count)
                .Select(e => new ZeroResultQuery(e.Key, e.Value.Count, e.Value.LastSeenAt))];
        }
    }

    private static string Normalize(string query)
    {
        var words = query.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words);
        return joined.Length > MaxQueryLength ? joined[..MaxQueryLength] : joined;
    }
}
