namespace Winkel.Search.Indexing;

/// <summary>
/// The live index of this node and how current it is. Searches read <see cref="Current"/>; the
/// indexer and a rebuild change the index only while holding <see cref="WriteLock"/>.
/// </summary>
internal sealed class SearchIndexState(TimeProvider time) : IDisposable
{
    private SearchIndex? _current;
    private long _caughtUpTimestamp;
    private long _buildTotal;
    private long _buildDone;

    public SearchIndex? Current => Volatile.Read(ref _current);

    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    /// <summary>True while a full build or rebuild runs.</summary>
    public bool Building { get; set; }

    public long BuildDone => Interlocked.Read(ref _buildDone);

    public long BuildTotal => Interlocked.Read(ref _buildTotal);

    /// <summary>
    /// How long ago the live index last held every change the feed had; null before there is an index.
    /// While the indexer keeps up this stays under the feed's poll interval.
    /// </summary>
    public TimeSpan? Lag => Current is null || Interlocked.Read(ref _caughtUpTimestamp) == 0
        ? null
        : time.GetElapsedTime(Interlocked.Read(ref _caughtUpTimestamp));

    /// <summary>Makes <paramref name="next"/> the live index; returns the one it replaces.</summary>
    public SearchIndex? Swap(SearchIndex next) => Interlocked.Exchange(ref _current, next);

    public void MarkCaughtUp() => Interlocked.Exchange(ref _caughtUpTimestamp, time.GetTimestamp());

    public void StartBuild(long total)
    {
        Interlocked.Exchange(ref _buildTotal, total);
        Interlocked.Exchange(ref _buildDone, 0);
        Building = true;
    }

    public void AddBuilt(long count) => Interlocked.Add(ref _buildDone, count);

    /// <summary>
    /// Closes the live index. The lock is left undisposed (it holds no wait handle): a host stopped
    /// twice (as test hosts are) may still take it after the container is gone.
    /// </summary>
    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Dispose();
}
