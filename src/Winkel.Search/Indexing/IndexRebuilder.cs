using Microsoft.Extensions.Logging;

namespace Winkel.Search.Indexing;

/// <summary>
/// Rebuilds the index from scratch beside the live one, which keeps serving (and following the feed)
/// meanwhile; then catches the new index up and swaps it in under the write lock. One rebuild at a time.
/// </summary>
internal sealed partial class IndexRebuilder(
    IndexBuilder builder,
    IndexLocation location,
    SearchIndexState state,
    TimeProvider time,
    ILogger<IndexRebuilder> logger)
{
    /// <summary>How long a replaced index stays open for searches that started on it.</summary>
    private static readonly TimeSpan RetireDelay = TimeSpan.FromSeconds(5);

    private int _running;

    public bool Running => Volatile.Read(ref _running) == 1;

    /// <summary>Runs a rebuild; false when one was already running.</summary>
    public async Task<bool> RebuildAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return false;
        }
        try
        {
            await RunAsync(cancellationToken);
            return true;
        }
        finally
        {
            state.Building = false;
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Starts a rebuild that outlives the caller (an admin request); it stops only with the host.</summary>
    public void StartInBackground(CancellationToken stopping) => _ = Task.Run(async () =>
    {
        try
        {
            await RebuildAsync(stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }, CancellationToken.None);

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var folder = location.NewFolder();
        var fresh = await builder.BuildAsync(folder, cancellationToken);
        SearchIndex? replaced;
        try
        {
            await builder.CatchUpAsync(fresh, cancellationToken);
            await state.WriteLock.WaitAsync(cancellationToken);
            try
            {
                await builder.CatchUpAsync(fresh, cancellationToken);
                fresh.CaughtUpAt = time.GetUtcNow().ToUnixTimeSeconds();
                fresh.Commit();
                fresh.Refresh();
                location.Publish(folder);
                replaced = state.Swap(fresh);
                state.MarkCaughtUp();
            }
            finally
            {
                state.WriteLock.Release();
            }
        }
        catch
        {
            if (!ReferenceEquals(state.Current, fresh))
            {
                fresh.Dispose();
                IndexLocation.TryDelete(folder);
            }
            throw;
        }
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        LogRebuilt(logger, fresh.DocumentCount, seconds, folder);
        if (replaced is null)
        {
            location.DeleteOthers(folder);
        }
        else
        {
            _ = RetireAsync(replaced);
        }
    }

    private async Task RetireAsync(SearchIndex replaced)
    {
        await Task.Delay(RetireDelay, time);
        replaced.Dispose();
        IndexLocation.TryDelete(replaced.Path);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the search index failed; the live index stays in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {Documents} products in {Seconds:F1} s, now in {Folder}")]
    private static partial void LogRebuilt(ILogger logger, int documents, double seconds, string folder);
}
