using Microsoft.Extensions.Logging;
using Winkel.Core;
using Winkel.Orders.Storage;
using Winkel.Payments;

namespace Winkel.Orders.Orders;

/// <summary>
/// The orders side of payments: charges an order once placed, and applies outcomes that arrive later
/// by webhook. Moves only forward through <see cref="OrderTransitions"/>, so late or repeated events
/// change nothing; a payment that succeeds for an order cancelled meanwhile is refunded.
/// </summary>
public sealed partial class OrderPayments(IOrderStore orders, IPaymentProvider provider, TimeProvider time, ILogger<OrderPayments> logger)
    : IPaymentOutcomeHandler
{
    /// <summary>
    /// Charges a just-placed order and moves it on. <paramref name="remember"/> stores the answer for
    /// Idempotency-Key replays; it is written beside the order's move, so both share one commit.
    /// </summary>
    public async Task<Order> ChargeAsync(Order order, string paymentMethod, Func<Order, Task> remember, CancellationToken cancellationToken)
    {
        PaymentIntent intent;
        using (PaymentMetrics.ActivitySource.StartActivity("payment.authorize"))
        {
            PaymentMetrics.Attempted();
            intent = await provider.CreateAndConfirmAsync(
                new PaymentRequest(order.OrderId, Attempt: 1, Money.ToCents(order.Total), order.Currency, paymentMethod, $"/orders/{order.OrderId}"),
                cancellationToken);
        }
        if (intent.Status == PaymentStatus.RequiresAction)
        {
            PaymentMetrics.Challenged();
        }
        var (target, payment) = Target(intent.PaymentId, intent.Status, intent.RedirectUrl);
        var expected = order with
        {
            Status = target,
            Payment = payment,
            Timestamp = time.Now(),
        };
        var move = orders.TransitionAsync(expected, OrderStatus.PendingPayment, OrderTransitions.ReturnsStock(OrderStatus.PendingPayment, target), cancellationToken);
        var remembered = remember(expected);
        if (await move)
        {
            await remembered;
            Settled(target, expected.Total);
            return expected;
        }
        // A webhook moved the order first: answer (and remember) the order as it now is.
        await remembered;
        var current = await orders.GetAsync(order.OrderId, cancellationToken) ?? expected;
        await remember(current);
        return current;
    }

    private static (OrderStatus Status, OrderPayment Payment) Target(string paymentId, PaymentStatus status, string? redirectUrl) => status switch
    {
        PaymentStatus.Succeeded => (OrderStatus.Paid, new OrderPayment("succeeded", paymentId, null)),
        PaymentStatus.Failed => (OrderStatus.PaymentFailed, new OrderPayment("failed", paymentId, null)),
        PaymentStatus.Canceled => (OrderStatus.Cancelled, new OrderPayment("canceled", paymentId, null)),
        _ => (OrderStatus.PendingPayment, new OrderPayment("requires_action", paymentId, redirectUrl is null ? null : new PaymentNextAction(redirectUrl))),
    };

    /// <summary>Applies an outcome that arrived by webhook, retrying if the order moved meanwhile.</summary>
    public async Task ApplyAsync(PaymentOutcome outcome, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var order = await orders.GetAsync(outcome.OrderId, cancellationToken);
            if (order is null)
            {
                LogUnknownOrder(logger, outcome.OrderId, outcome.PaymentId);
                return;
            }
            var (target, payment) = Target(outcome.PaymentId, outcome.Status, redirectUrl: null);
            if (!OrderTransitions.CanMove(order.Status, target))
            {
                // Money taken for an order that no longer holds its goods goes back.
                if (outcome.Status == PaymentStatus.Succeeded && order.Status is OrderStatus.Cancelled or OrderStatus.PaymentFailed)
                {
                    await RefundLatePaymentAsync(order, outcome.PaymentId, cancellationToken);
                }
                return;
            }
            var updated = order with { Status = target, Payment = payment, Timestamp = time.Now() };
            if (await orders.TransitionAsync(updated, order.Status, OrderTransitions.ReturnsStock(order.Status, target), cancellationToken))
            {
                if (order.Status == OrderStatus.PendingPayment)
                {
                    Settled(target, order.Total);
                }
                return;
            }
        }
    }

    /// <summary>Counts a payment's final result once, on the move out of pending that recorded it.</summary>
    internal static void Settled(OrderStatus target, decimal total)
    {
        switch (target)
        {
            case OrderStatus.Paid:
                PaymentMetrics.Authorized(approved: true);
                OrderMetrics.OrderPaid(total);
                break;
            case OrderStatus.PaymentFailed:
                PaymentMetrics.Authorized(approved: false);
                OrderMetrics.CheckoutEnded(OrderMetrics.Outcome.Declined);
                break;
        }
    }

    private async Task RefundLatePaymentAsync(Order order, string paymentId, CancellationToken cancellationToken)
    {
        var intent = await provider.GetAsync(paymentId, cancellationToken);
        if (intent is { Status: PaymentStatus.Succeeded })
        {
            var refund = await provider.RefundAsync(paymentId, intent.AmountMinor, $"late-{paymentId}", cancellationToken);
            if (refund.Status == RefundStatus.Succeeded)
            {
                LogLateRefund(logger, order.OrderId, paymentId);
            }
            else
            {
                LogLateRefundRefused(logger, order.OrderId, paymentId, refund.Reason);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} names unknown order {OrderId}; ignored")]
    private static partial void LogUnknownOrder(ILogger logger, string orderId, string paymentId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Payment {PaymentId} succeeded after order {OrderId} had ended, and its refund was refused ({Reason}): refund it by hand")]
    private static partial void LogLateRefundRefused(ILogger logger, string orderId, string paymentId, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} succeeded after order {OrderId} had ended; refunded in full")]
    private static partial void LogLateRefund(ILogger logger, string orderId, string paymentId);
}
