using Microsoft.Extensions.Logging;
using Winkel.Core;
using Winkel.Core.Hosting;
using Winkel.Orders.Storage;

namespace Winkel.Orders.Checkout;

/// <summary>Deletes Idempotency-Key records past their retention (at least 24 hours, <see cref="OrdersOptions.IdempotencyRetention"/>).</summary>
internal sealed class IdempotencyKeySweeper(IIdempotencyStore keys, TimeProvider time, ILogger<IdempotencyKeySweeper> logger) : PeriodicJob(time, logger)
{
    private const int BatchSize = 1_000;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    public override Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        DrainAsync(() => keys.DeleteExpiredAsync(Time.Now(), BatchSize, cancellationToken), BatchSize);
}
