using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Winkel.Catalog;
using Winkel.Catalog.Changes;
using Winkel.Search.Analysis;

namespace Winkel.Search.Indexing;

/// <summary>
/// Keeps this node's index following the catalog change feed. At start it opens the index on disk and
/// resumes from the position recorded in its last commit; with no index, or when the feed was pruned
/// past that position, it builds one (the host serves meanwhile; readiness says not ready). Woken at
/// once by this node's writes (<see cref="CatalogChangeSignal"/>), it polls for other writers.
/// </summary>
internal sealed partial class SearchIndexer(
    SearchIndexState state,
    IndexLocation location,
    IndexRebuilder rebuilder,
    ICatalogChangeFeed feed,
    CatalogChangeSignal signal,
    TimeProvider time,
    IOptions<SearchOptions> options,
    IOptions<SearchDataOptions> dataOptions,
    IOptions<CatalogOptions> catalogOptions,
    Lucene.Net.Analysis.Analyzer analyzer,
    ILogger<SearchIndexer> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (true)
            {
                try
                {
                    await OpenOrBuildAsync(stoppingToken);
                    break;
                }
                catch (Lucene.Net.Store.LockObtainFailedException ex)
                {
                    // Another process (a second store on the same data folder, a reindex verb) holds the
                    // index: wait for it rather than stop the host. Searches answer empty meanwhile.
                    LogLocked(logger, ex, dataOptions.Value.SearchDir);
                    await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
                }
            }
            await FollowAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await state.WriteLock.WaitAsync(cancellationToken);
        try
        {
            if (state.Current is { HasUncommittedChanges: true } index)
            {
                index.Commit();
            }
        }
        finally
        {
            state.WriteLock.Release();
        }
    }

    private async Task OpenOrBuildAsync(CancellationToken stoppingToken)
    {
        var path = location.Current();
        location.DeleteOthers(path);
        if (path is not null && SearchIndex.Exists(path))
        {
            state.Swap(SearchIndex.Open(path, analyzer, options.Value.IndexBufferMegabytes, create: false));
            if (await HasGapAsync(state.Current!, stoppingToken) is { } reason)
            {
                LogRebuilding(logger, reason);
                await RebuildUntilDoneAsync(stoppingToken);
            }
            else if (state.Current!.AnalysisVersion != ProductAnalyzers.AnalysisVersion)
            {
                // Complete but analysed the old way: it serves and follows the feed while its successor is built.
                LogReanalysing(logger, state.Current.AnalysisVersion, ProductAnalyzers.AnalysisVersion);
                rebuilder.StartInBackground(stoppingToken);
            }
            return;
        }
        LogBuilding(logger, dataOptions.Value.SearchDir);
        await RebuildUntilDoneAsync(stoppingToken);
    }

    private async Task RebuildUntilDoneAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await rebuilder.RebuildAsync(stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }

    /// <summary>Why the index cannot resume from its position, or null when it can.</summary>
    private async Task<string?> HasGapAsync(SearchIndex index, CancellationToken cancellationToken)
    {
        var last = await feed.GetLastPositionAsync(cancellationToken);
        if (last < index.Position)
        {
            return $"the index is at feed position {index.Position} but the feed ends at {last} (a different or restored store)";
        }
        var oldest = await feed.ReadAsync(0, 1, cancellationToken);
        if (oldest.Count > 0)
        {
            return oldest[0].Position > index.Position + 1
                ? $"changes after position {index.Position} were pruned from the feed (oldest kept: {oldest[0].Position})"
                : null;
        }
        // An empty feed after changes were indexed: pruned entirely, so changes made after the index last
        // caught up may be gone, unless it caught up more recently than the retention.
        var retention = (long)catalogOptions.Value.ChangeFeedRetention.TotalSeconds;
        return index.Position > 0 && time.GetUtcNow().ToUnixTimeSeconds() - index.CaughtUpAt >= retention
            ? "the change feed was pruned since the index was last up to date"
            : null;
    }

    private async Task FollowAsync(CancellationToken stoppingToken)
    {
        var lastCommit = time.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            var more = false;
            try
            {
                await state.WriteLock.WaitAsync(stoppingToken);
                try
                {
                    var index = state.Current!;
                    var changes = await feed.ReadAsync(index.Position, BatchSize, stoppingToken);
                    if (changes.Count > 0)
                    {
                        index.Apply(changes);
                        index.Refresh();
                    }
                    more = changes.Count == BatchSize;
                    if (!more)
                    {
                        index.CaughtUpAt = time.GetUtcNow().ToUnixTimeSeconds();
                        state.MarkCaughtUp();
                    }
                    if (index.HasUncommittedChanges && time.GetElapsedTime(lastCommit) >= options.Value.CommitInterval)
                    {
                        index.Commit();
                        lastCommit = time.GetTimestamp();
                    }
                }
                finally
                {
                    state.WriteLock.Release();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFollowFailed(logger, ex);
            }
            if (!more)
            {
                await wake.WaitAsync(catalogOptions.Value.ChangeFeedPollInterval, time, stoppingToken)
                    .ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                stoppingToken.ThrowIfCancellationRequested();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another process holds the search index in {Folder}; retrying")]
    private static partial void LogLocked(ILogger logger, Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the search index in {Folder}; searches answer once it is built")]
    private static partial void LogBuilding(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the search index: {Reason}")]
    private static partial void LogRebuilding(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index was analysed with version {Old}, this build analyses with {New}: rebuilding it aside, the old one serves meanwhile")]
    private static partial void LogReanalysing(ILogger logger, string old, string @new);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the search index failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying catalog changes to the search index failed; retrying")]
    private static partial void LogFollowFailed(ILogger logger, Exception exception);
}
