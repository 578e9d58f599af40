using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Winkel.Core.Hosting;

/// <summary>
/// Housekeeping that runs at start and then every <see cref="Interval"/> (sweeping expired carts and
/// sessions, pruning the change feed). A failed run is logged and tried again at the next tick. Jobs
/// must be safe to run on several nodes at once.
/// </summary>
public abstract partial class PeriodicJob(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One run; returns how many items it handled.</summary>
    public abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRunFailed(Logger, ex, GetType().Name);
            }
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    /// <summary>Repeats <paramref name="batch"/> while it handles a full batch of <paramref name="batchSize"/>; returns the total.</summary>
    protected static async Task<int> DrainAsync(Func<Task<int>> batch, int batchSize)
    {
        var total = 0;
        int handled;
        do
        {
            handled = await batch();
            total += handled;
        }
        while (handled == batchSize);
        return total;
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} failed; it runs again at the next interval")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string job);
}
