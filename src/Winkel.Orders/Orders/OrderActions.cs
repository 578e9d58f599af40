using Winkel.Core;
using Winkel.Orders.Storage;
using Winkel.Payments;

namespace Winkel.Orders.Orders;

public enum OrderActionOutcome
{
    Done,
    NotFound,
    NotAllowed,
    Refused,
}

public sealed record OrderActionResult(OrderActionOutcome Outcome, Order? Order = null, string? Message = null);

/// <summary>What customers and admins do to an order after checkout: cancel, ship, refund.</summary>
public sealed class OrderActions(IOrderStore orders, IPaymentProvider provider, TimeProvider time)
{
    /// <summary>Cancels before shipment: an unconfirmed payment is cancelled, a taken one refunded in full; stock returns.</summary>
    public async Task<OrderActionResult> CancelAsync(string orderId, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(orderId, cancellationToken);
        if (order is null)
        {
            return new OrderActionResult(OrderActionOutcome.NotFound);
        }
        if (!OrderTransitions.CanMove(order.Status, OrderStatus.Cancelled))
        {
            return NotAllowed(order, "cancelled");
        }
        var payment = order.Payment;
        if (order.Status == OrderStatus.Paid && payment.PaymentId is { } paid)
        {
            var refund = await provider.RefundAsync(paid, Money.ToCents(order.Total - order.Refunded), $"cancel-{order.OrderId}", cancellationToken);
            if (refund.Status != RefundStatus.Succeeded)
            {
                return new OrderActionResult(OrderActionOutcome.Refused, order, $"The payment could not be refunded ({refund.Reason}).");
            }
        }
        else if (payment.PaymentId is { } pending)
        {
            await provider.CancelAsync(pending, cancellationToken);
            payment = payment with { Status = "canceled", NextAction = null };
        }
        var refunded = order.Status == OrderStatus.Paid ? order.Total : order.Refunded;
        return await MoveAsync(order, order with { Status = OrderStatus.Cancelled, Payment = payment, Refunded = refunded }, cancellationToken);
    }

    /// <summary>
    /// Cancels an order whose reservation ended, only while it is still unpaid (a payment may land in
    /// between). An order whose process stopped after charging but before recording the payment is
    /// reconciled from the provider, as is one whose success webhook was lost: a payment that succeeded
    /// makes it paid instead.
    /// </summary>
    public async Task<bool> ExpireAsync(string orderId, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(orderId, cancellationToken);
        if (order is not { Status: OrderStatus.PendingPayment })
        {
            return false;
        }
        var payment = order.Payment;
        var made = payment.PaymentId is { } known
            ? await provider.GetAsync(known, cancellationToken)
            : await provider.FindAsync(orderId, attempt: 1, cancellationToken);
        if (made is not null)
        {
            if (made.Status == PaymentStatus.Succeeded)
            {
                if ((await MoveAsync(order, order with { Status = OrderStatus.Paid, Payment = new OrderPayment("succeeded", made.PaymentId, null) }, cancellationToken))
                    .Outcome == OrderActionOutcome.Done)
                {
                    OrderPayments.Settled(OrderStatus.Paid, order.Total);
                }
                return false;
            }
            payment = payment with { PaymentId = made.PaymentId };
        }
        if (payment.PaymentId is { } pending)
        {
            await provider.CancelAsync(pending, cancellationToken);
            payment = payment with { Status = "canceled", NextAction = null };
        }
        var expired = (await MoveAsync(order, order with { Status = OrderStatus.Cancelled, Payment = payment }, cancellationToken)).Outcome == OrderActionOutcome.Done;
        if (expired && order.Payment.Status == "requires_action")
        {
            // The shopper was sent to 3-D Secure and never came back before the reservation ended.
            OrderMetrics.CheckoutEnded(OrderMetrics.Outcome.ThreeDsAbandoned);
        }
        return expired;
    }

    public async Task<OrderActionResult> ShipAsync(string orderId, string? carrier, string? trackingCode, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(orderId, cancellationToken);
        if (order is null)
        {
            return new OrderActionResult(OrderActionOutcome.NotFound);
        }
        return OrderTransitions.CanMove(order.Status, OrderStatus.Shipped)
            ? await MoveAsync(order, order with { Status = OrderStatus.Shipped, Shipment = new Shipment(carrier, trackingCode, time.Now()) }, cancellationToken)
            : NotAllowed(order, "shipped");
    }

    /// <summary>Refunds all (no amount) or part of a paid order through the provider; a full refund moves it to refunded.</summary>
    public async Task<OrderActionResult> RefundAsync(string orderId, decimal? amount, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(orderId, cancellationToken);
        if (order is null)
        {
            return new OrderActionResult(OrderActionOutcome.NotFound);
        }
        if (!OrderTransitions.CanMove(order.Status, OrderStatus.Refunded) || order.Payment.PaymentId is not { } paymentId)
        {
            return NotAllowed(order, "refunded");
        }
        var refundable = order.Total - order.Refunded;
        var value = amount ?? refundable;
        if (value <= 0 || value > refundable || !Money.HasAtMostTwoDecimals(value))
        {
            return new OrderActionResult(OrderActionOutcome.Refused, order,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The amount must be more than 0 and at most {refundable:0.00} (euros)."));
        }
        var refund = await provider.RefundAsync(paymentId, Money.ToCents(value), $"refund-{order.OrderId}-{Money.ToCents(order.Refunded + value)}", cancellationToken);
        if (refund.Status != RefundStatus.Succeeded)
        {
            return new OrderActionResult(OrderActionOutcome.Refused, order, $"The provider refused the refund ({refund.Reason}).");
        }
        var refunded = order.Refunded + value;
        var status = refunded == order.Total ? OrderStatus.Refunded : order.Status;
        return await MoveAsync(order, order with { Status = status, Refunded = refunded }, cancellationToken);
    }

    private async Task<OrderActionResult> MoveAsync(Order order, Order updated, CancellationToken cancellationToken)
    {
        updated = updated with { Timestamp = time.Now() };
        var returnStock = OrderTransitions.ReturnsStock(order.Status, updated.Status);
        return await orders.TransitionAsync(updated, order.Status, returnStock, cancellationToken)
            ? new OrderActionResult(OrderActionOutcome.Done, updated)
            : new OrderActionResult(OrderActionOutcome.NotAllowed, await orders.GetAsync(order.OrderId, cancellationToken),
                "The order changed at the same time; look at it again.");
    }

    private static OrderActionResult NotAllowed(Order order, string verb) =>
        new(OrderActionOutcome.NotAllowed, order, $"An order that is {order.Status.ToWire()} cannot be {verb}.");

}
