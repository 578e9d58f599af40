using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Winkel.Catalog.Changes;

/// <summary>
/// Delivers the change feed to every <see cref="ICatalogChangeHandler"/>: woken by
/// <see cref="CatalogChangeSignal"/> for this node's writes and polling at
/// <see cref="CatalogOptions.ChangeFeedPollInterval"/> for writes made elsewhere (other nodes, imports).
/// </summary>
internal sealed partial class CatalogChangeDispatcher(
    IEnumerable<ICatalogChangeHandler> handlers,
    ICatalogChangeFeed feed,
    IChangeFeedCheckpoints checkpoints,
    CatalogChangeSignal signal,
    Microsoft.Extensions.Options.IOptions<CatalogOptions> options,
    ILogger<CatalogChangeDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(handlers.Select(handler => RunAsync(handler, stoppingToken)));

    private async Task RunAsync(ICatalogChangeHandler handler, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var pollInterval = options.Value.ChangeFeedPollInterval;
        try
        {
            var position = handler.ResumesFromCheckpoint
                ? await checkpoints.GetAsync(handler.Name, stoppingToken)
                : await feed.GetLastPositionAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var wake = signal.Next;
                try
                {
                    var changes = await feed.ReadAsync(position, BatchSize, stoppingToken);
                    if (changes.Count > 0)
                    {
                        await handler.HandleAsync(changes, stoppingToken);
                        position = changes[^1].Position;
                        if (handler.ResumesFromCheckpoint)
                        {
                            await checkpoints.SaveAsync(handler.Name, position, stoppingToken);
                        }
                        continue;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogHandlerFailed(logger, ex, handler.Name, position);
                }
                await wake.WaitAsync(pollInterval, stoppingToken).ContinueWith(static _ => { }, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Catalog change handler {Handler} failed after position {Position}; retrying")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, long position);
}
