using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Winkel.Cart.Storage;
using Winkel.Catalog.Storage;
using Winkel.Core;
using Winkel.Orders.Orders;
using Winkel.Orders.Storage;

namespace Winkel.Orders.Checkout;

/// <summary>
/// Turns the caller's cart into an order: claims the Idempotency-Key, prices the cart from the
/// catalog, places the order (stock taken atomically), charges it, and stores the answer for replays.
/// </summary>
public sealed class CheckoutService(
    IOrderStore orders,
    IIdempotencyStore keys,
    ICartStore carts,
    ICatalogStore catalog,
    OrderPayments payments,
    TimeProvider time,
    IOptions<OrdersOptions> options)
{
    /// <summary>How long a claimed key stays "in flight" before a retry may take over from a request that died.</summary>
    private static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(60);

    public async Task<CheckoutResponse> CheckoutAsync(
        OrderCaller caller, string idempotencyKey, ReadOnlyMemory<byte> rawBody, CheckoutRequest request, CancellationToken cancellationToken)
    {
        using var activity = OrderMetrics.ActivitySource.StartActivity("checkout");
        var settings = options.Value;
        var now = time.Now();
        var key = $"{caller.OwnerId}:{idempotencyKey}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(rawBody.Span));
        var token = Guid.NewGuid().ToString("N");
        Task<IdempotencyClaim> Claim() => keys.ClaimAsync(key, hash, token, now, now + (long)ClaimLease.TotalSeconds,
            now + (long)settings.IdempotencyRetention.TotalSeconds, cancellationToken);

        // A key seen before is settled first (replay, 422, 409); a new key is claimed together with the placement below.
        var claimed = false;
        if (await keys.ExistsAsync(key, now, cancellationToken))
        {
            var claim = await Claim();
            if (claim.State != IdempotencyState.Claimed)
            {
                return await AnswerAsync(key, claim, cancellationToken);
            }
            claimed = true;
        }

        var cart = await carts.GetAsync(caller.OwnerId, now, cancellationToken);
        if (cart is null || cart.Lines.Count == 0)
        {
            if (claimed)
            {
                await keys.ReleaseAsync(key, cancellationToken);
            }
            return CheckoutResponse.Problem(StatusCodes.Status400BadRequest, "empty-cart", "The cart is empty", "Add products to the cart before checking out.");
        }

        var reservations = cart.Lines.GroupBy(l => l.ProductId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal);
        var products = (await catalog.GetManyAsync(reservations.Keys.ToList(), cancellationToken)).ToDictionary(p => p.ProductId, StringComparer.Ordinal);
        var missing = reservations.Keys.Where(id => !products.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            if (!claimed && await Claim() is { State: not IdempotencyState.Claimed } other)
            {
                return await AnswerAsync(key, other, cancellationToken);
            }
            OrderMetrics.OutOfStock(missing.Count);
            return await CompleteAsync(key, OutOfStock(missing), cancellationToken);
        }

        var lines = reservations
            .Select(r => products[r.Key])
            .Select(p => new OrderLine(p.ProductId, p.Name, p.Price, reservations[p.ProductId], Money.Round(p.Price * reservations[p.ProductId]), p.VatRate))
            .ToList();
        var (subtotal, vat, shipping, total) = OrderPricing.Price(lines, settings.ShippingFee, settings.FreeShippingFrom);
        var order = new Order(
            OrderId: $"o_{Guid.CreateVersion7():N}",
            CustomerId: caller.CustomerId,
            Status: OrderStatus.PendingPayment,
            Items: lines,
            Subtotal: subtotal,
            Vat: vat,
            Shipping: shipping,
            Total: total,
            Currency: Money.DefaultCurrency,
            ShippingAddress: request.ShippingAddress,
            Email: request.Email ?? caller.AccountEmail,
            Payment: new OrderPayment("pending", null, null),
            CreatedAt: now,
            Timestamp: now,
            ReservedUntil: now + (long)settings.ReservationWindow.TotalSeconds);

        // Claim and placement are queued back to back, so they usually share one commit; the placement
        // binds the key only while this request's claim token holds it, and does nothing otherwise.
        var claiming = claimed ? null : Claim();
        PlaceOrderResult placed;
        using (OrderMetrics.ActivitySource.StartActivity("orders.place"))
        {
            placed = await orders.PlaceAsync(new PlaceOrder(order, caller.OwnerId, reservations, cart.OwnerId, key, token), cancellationToken);
        }
        if (claiming is not null && await claiming is { State: not IdempotencyState.Claimed } lost)
        {
            return await AnswerAsync(key, lost, cancellationToken);
        }
        if (placed.ClaimLost)
        {
            return InFlight();
        }
        if (!placed.Placed)
        {
            OrderMetrics.OutOfStock(placed.OutOfStock.Count);
            return await CompleteAsync(key, OutOfStock(placed.OutOfStock), cancellationToken);
        }
        OrderMetrics.OrderPlaced();
        var charged = await payments.ChargeAsync(order, request.PaymentMethod,
            answer => keys.CompleteAsync(key, StatusCodes.Status201Created, CheckoutResponse.Created(answer).Body, cancellationToken), cancellationToken);
        return CheckoutResponse.Created(charged);
    }

    /// <summary>The answer for a key that is not this request's to use.</summary>
    private async Task<CheckoutResponse> AnswerAsync(string key, IdempotencyClaim claim, CancellationToken cancellationToken) => claim.State switch
    {
        IdempotencyState.Mismatch => CheckoutResponse.Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency-Key reused",
            "This Idempotency-Key was used for a request with another body; use a new key for a new order."),
        IdempotencyState.InFlight => InFlight(),
        IdempotencyState.Completed when claim.Body is not null =>
            new CheckoutResponse(claim.Status, claim.Status >= 400 ? "application/problem+json" : "application/json", claim.Body),
        _ => await CompleteAsync(key, CheckoutResponse.Created((await orders.GetAsync(claim.OrderId!, cancellationToken))!), cancellationToken),
    };

    private static CheckoutResponse InFlight() =>
        CheckoutResponse.Problem(StatusCodes.Status409Conflict, "idempotency-key-in-flight", "Request in progress",
            "A request with this Idempotency-Key is still being processed; retry in a moment.");

    private async Task<CheckoutResponse> CompleteAsync(string key, CheckoutResponse response, CancellationToken cancellationToken)
    {
        await keys.CompleteAsync(key, response.Status, response.Body, cancellationToken);
        return response;
    }

    private static CheckoutResponse OutOfStock(IReadOnlyList<string> productIds) =>
        CheckoutResponse.Problem(StatusCodes.Status409Conflict, "out-of-stock", "Out of stock",
            $"Not enough stock for: {string.Join(", ", productIds)}. Nothing was reserved and no order was made.",
            new Dictionary<string, object?> { ["productIds"] = productIds });
}
