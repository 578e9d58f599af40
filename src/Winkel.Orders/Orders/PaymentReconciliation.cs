using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Winkel.Core;
using Winkel.Core.Hosting;
using Winkel.Orders.Storage;
using Winkel.Payments;

namespace Winkel.Orders.Orders;

/// <summary>
/// Asks the provider about orders still <c>pending_payment</c> <see cref="OrdersOptions.ReconcilePaymentsAfter"/>
/// after they were placed, and applies a final answer as if its webhook had come: a lost webhook never
/// leaves an order stuck, and the browser's return is never what fulfils an order. Safe on several
/// nodes: the answer goes through <see cref="OrderPayments.ApplyAsync"/>, whose moves are conditional and
/// forward-only, so two nodes asking about one order change it once.
/// </summary>
internal sealed partial class PaymentReconciliation(
    IOrderStore orders,
    IPaymentProvider provider,
    OrderPayments payments,
    IOptions<OrdersOptions> options,
    TimeProvider time,
    ILogger<PaymentReconciliation> logger) : PeriodicJob(time, logger)
{
    private const int BatchSize = 100;

    protected override TimeSpan Interval => options.Value.ReconcileInterval;

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        // The store lists pending orders by the end of their reservation; placed before now - age means
        // a reservation ending before now - age + window. Ones still waiting for 3-D Secure come back each
        // run until the shopper finishes or the reservation ends.
        var window = options.Value.ReservationWindow;
        var age = options.Value.ReconcilePaymentsAfter;
        var cutoff = Time.Now() + (long)(window - age).TotalSeconds;
        var settled = 0;
        foreach (var orderId in await orders.ListExpiredReservationsAsync(cutoff, BatchSize, cancellationToken))
        {
            if (await ReconcileAsync(orderId, cancellationToken))
            {
                settled++;
            }
        }
        return settled;
    }

    /// <summary>True when the provider's answer was final and was applied.</summary>
    internal async Task<bool> ReconcileAsync(string orderId, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(orderId, cancellationToken);
        if (order is not { Status: OrderStatus.PendingPayment })
        {
            return false;
        }
        var intent = order.Payment.PaymentId is { } paymentId
            ? await provider.GetAsync(paymentId, cancellationToken)
            : await provider.FindAsync(orderId, attempt: 1, cancellationToken);
        if (intent is null or { Status: PaymentStatus.RequiresAction })
        {
            return false;
        }
        LogReconciled(Logger, orderId, intent.PaymentId, intent.Status.ToWire());
        await payments.ApplyAsync(
            new PaymentOutcome($"reconcile:{intent.PaymentId}", orderId, intent.PaymentId, intent.Status, intent.DeclineCode), cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} was still pending, but payment {PaymentId} is {Status}: applied from the provider (was a webhook lost?)")]
    private static partial void LogReconciled(ILogger logger, string orderId, string paymentId, string status);
}
