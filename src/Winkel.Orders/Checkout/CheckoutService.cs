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
        var settings = options.Value;
        var now = time.Now();
        var key = $"{caller.OwnerId}:{idempotencyKey}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(rawBody.Span));
        var claim = await keys.ClaimAsync(key, hash, now, now + (long)ClaimLease.TotalSeconds,
            now + (long)settings.IdempotencyRetention.TotalSeconds, cancellationToken);
        switch (claim.State)
        {
            case IdempotencyState.Mismatch:
                return CheckoutResponse.Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was used for a request with another body; use a new key for a new order.");
            case IdempotencyState.InFlight:
                return CheckoutResponse.Problem(StatusCodes.Status409Conflict, "idempotency-key-in-flight", "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.");
            case IdempotencyState.Completed when claim.Body is not null:
                return new CheckoutResponse(claim.Status, claim.Status >= 400 ? "application/problem+json" : "application/json", claim.Body);
            case IdempotencyState.Completed:
                return await CompleteAsync(key, CheckoutResponse.Created((await orders.GetAsync(claim.OrderId!, cancellationToken))!), cancellationToken);
        }

        var cart = await carts.GetAsync(caller.OwnerId, now, cancellationToken);
        if (cart is null || cart.Lines.Count == 0)
        {
            await keys.ReleaseAsync(key, cancellationToken);
            return CheckoutResponse.Problem(StatusCodes.Status400BadRequest, "empty-cart", "The cart is empty", "Add products to the cart before checking out.");
        }

        var reservations = cart.Lines.GroupBy(l => l.ProductId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal);
        var products = (await catalog.GetManyAsync(reservations.Keys.ToList(), cancellationToken)).ToDictionary(p => p.ProductId, StringComparer.Ordinal);
        var missing = reservations.Keys.Where(id => !products.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
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

        var placed = await orders.PlaceAsync(new PlaceOrder(order, caller.OwnerId, reservations, cart.OwnerId, key), cancellationToken);
        if (!placed.Placed)
        {
            return await CompleteAsync(key, OutOfStock(placed.OutOfStock), cancellationToken);
        }
        var charged = await payments.ChargeAsync(order, request.PaymentMethod, cancellationToken);
        return await CompleteAsync(key, CheckoutResponse.Created(charged), cancellationToken);
    }

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
