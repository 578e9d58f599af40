using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Winkel.Cart.Storage;
using Winkel.Core;

namespace Winkel.Cart.Carts;

/// <summary>
/// Deletes expired carts in the background. Reads already ignore them, so the sweep only reclaims
/// space; it is safe on several nodes at once (a delete of an already deleted cart does nothing).
/// </summary>
internal sealed partial class ExpiredCartSweeper(
    ICartStore carts, TimeProvider time, IOptions<CartOptions> options, ILogger<ExpiredCartSweeper> logger) : BackgroundService
{
    private const int BatchSize = 1_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => !t.IsCanceled && t.Result, TaskScheduler.Default));
    }

    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            (deleted, var withItems) = await carts.DeleteExpiredAsync(time.Now(), BatchSize, cancellationToken);
            total += deleted;
            if (withItems > 0)
            {
                LogAbandoned(logger, withItems);
            }
        }
        while (deleted == BatchSize);
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Swept {Count} expired carts that still held items")]
    private static partial void LogAbandoned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired carts failed; trying again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
