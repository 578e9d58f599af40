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
    public async Task<Order> ChargeAsync(Order order, string paymentMethod, CancellationToken cancellationToken)
    {
        var intent = await provider.CreateAndConfirmAsync(
            new PaymentRequest(order.OrderId, Attempt: 1, Money.ToCents(order.Total), order.Currency, paymentMethod, $"/orders/{order.OrderId}"),
            cancellationToken);
        return await ApplyAsync(order.OrderId, intent.PaymentId, intent.Status, intent.RedirectUrl, cancellationToken) ?? order;
    }

    public async Task ApplyAsync(PaymentOutcome outcome, CancellationToken cancellationToken) =>
        await ApplyAsync(outcome.OrderId, outcome.PaymentId, outcome.Status, redirectUrl: null, cancellationToken);

    /// <summary>Applies a payment status to the order, retrying if the order moved meanwhile; returns the order as it ends up.</summary>
    private async Task<Order?> ApplyAsync(string orderId, string paymentId, PaymentStatus status, string? redirectUrl, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var order = await orders.GetAsync(orderId, cancellationToken);
            if (order is null)
            {
                LogUnknownOrder(logger, orderId, paymentId);
                return null;
            }
            var now = time.Now();
            var (target, payment) = status switch
            {
                PaymentStatus.Succeeded => (OrderStatus.Paid, new OrderPayment("succeeded", paymentId, null)),
                PaymentStatus.Failed => (OrderStatus.PaymentFailed, new OrderPayment("failed", paymentId, null)),
                PaymentStatus.Canceled => (OrderStatus.Cancelled, new OrderPayment("canceled", paymentId, null)),
                _ => (OrderStatus.PendingPayment, new OrderPayment("requires_action", paymentId, redirectUrl is null ? null : new PaymentNextAction(redirectUrl))),
            };
            if (order.Status == OrderStatus.PendingPayment && target == OrderStatus.PendingPayment)
            {
                if (order.Payment.Status == "pending" && await orders.TransitionAsync(order with { Payment = payment, Timestamp = now }, order.Status, false, cancellationToken))
                {
                    return order with { Payment = payment, Timestamp = now };
                }
                return await orders.GetAsync(orderId, cancellationToken);
            }
            if (!OrderTransitions.CanMove(order.Status, target))
            {
                // Money taken for an order that no longer holds its goods goes back.
                if (status == PaymentStatus.Succeeded && order.Status is OrderStatus.Cancelled or OrderStatus.PaymentFailed)
                {
                    await RefundLatePaymentAsync(order, paymentId, cancellationToken);
                }
                return order;
            }
            var updated = order with { Status = target, Payment = payment, Timestamp = now };
            if (await orders.TransitionAsync(updated, order.Status, OrderTransitions.ReturnsStock(order.Status, target), cancellationToken))
            {
                return updated;
            }
        }
        return await orders.GetAsync(orderId, cancellationToken);
    }

    private async Task RefundLatePaymentAsync(Order order, string paymentId, CancellationToken cancellationToken)
    {
        var intent = await provider.GetAsync(paymentId, cancellationToken);
        if (intent is { Status: PaymentStatus.Succeeded })
        {
            await provider.RefundAsync(paymentId, intent.AmountMinor, $"late-{paymentId}", cancellationToken);
            LogLateRefund(logger, order.OrderId, paymentId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} names unknown order {OrderId}; ignored")]
    private static partial void LogUnknownOrder(ILogger logger, string orderId, string paymentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} succeeded after order {OrderId} had ended; refunded in full")]
    private static partial void LogLateRefund(ILogger logger, string orderId, string paymentId);
}
