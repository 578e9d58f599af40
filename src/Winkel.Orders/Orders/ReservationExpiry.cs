using Microsoft.Extensions.Logging;
using Winkel.Core;
using Winkel.Core.Hosting;
using Winkel.Orders.Storage;

namespace Winkel.Orders.Orders;

/// <summary>
/// Cancels orders still unpaid when their reservation window ends, giving their stock back. Safe on
/// several nodes at once: the move is conditional on the order still pending, so one node wins.
/// </summary>
internal sealed class ReservationExpiry(IOrderStore orders, OrderActions actions, TimeProvider time, ILogger<ReservationExpiry> logger)
    : PeriodicJob(time, logger)
{
    private const int BatchSize = 200;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(30);

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cancelled = 0;
        foreach (var orderId in await orders.ListExpiredReservationsAsync(Time.Now(), BatchSize, cancellationToken))
        {
            if (await actions.ExpireAsync(orderId, cancellationToken))
            {
                cancelled++;
            }
        }
        return cancelled;
    }
}
