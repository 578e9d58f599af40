using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Winkel.Cart.Storage;
using Winkel.Core;
using Winkel.Core.Hosting;

namespace Winkel.Cart.Carts;

/// <summary>
/// Deletes expired carts in the background. Reads already ignore them, so the sweep only reclaims
/// space; a delete of an already deleted cart does nothing, so several nodes may sweep at once.
/// </summary>
internal sealed partial class ExpiredCartSweeper(
    ICartStore carts, TimeProvider time, IOptions<CartOptions> options, ILogger<ExpiredCartSweeper> logger) : PeriodicJob(time, logger)
{
    private const int BatchSize = 1_000;

    protected override TimeSpan Interval => options.Value.SweepInterval;

    public override Task<int> RunOnceAsync(CancellationToken cancellationToken) => DrainAsync(async () =>
    {
        var (deleted, withItems) = await carts.DeleteExpiredAsync(Time.Now(), BatchSize, cancellationToken);
        if (withItems > 0)
        {
            CartMetrics.CartsAbandoned(withItems);
            LogAbandoned(Logger, withItems);
        }
        return deleted;
    }, BatchSize);

    [LoggerMessage(Level = LogLevel.Information, Message = "Swept {Count} expired carts that still held items")]
    private static partial void LogAbandoned(ILogger logger, int count);
}
