using Winkel.Orders.Orders;

namespace Winkel.Orders.Storage;

/// <summary>
/// The orders port. Placing an order is one atomic operation: a conditional stock decrement per
/// product (never read-check-write), the order, its idempotency record and the cart delete — all or
/// nothing. On DynamoDB that is one TransactWriteItems; on SQLite one transaction.
/// </summary>
public interface IOrderStore
{
    Task<PlaceOrderResult> PlaceAsync(PlaceOrder command, CancellationToken cancellationToken = default);

    Task<Order?> GetAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>The order if <paramref name="ownerId"/> placed it; null otherwise (another's order is never revealed).</summary>
    Task<Order?> GetForOwnerAsync(string orderId, string ownerId, CancellationToken cancellationToken = default);

    /// <summary>The orders of one owner (customer id or guest cart owner), newest first.</summary>
    Task<IReadOnlyList<Order>> ListForOwnerAsync(string ownerId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The orders of every owner in descending order id, which is newest first for the time-ordered ids checkout makes (the admin's order list).</summary>
    Task<IReadOnlyList<Order>> ListRecentAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the order to <see cref="Order.Status"/> of <paramref name="updated"/> only if it is still in
    /// <paramref name="expected"/>; stock comes back in the same operation when the move returns it.
    /// False when the order moved meanwhile.
    /// </summary>
    Task<bool> TransitionAsync(Order updated, OrderStatus expected, bool returnStock, CancellationToken cancellationToken = default);

    /// <summary>
    /// GDPR erasure: the owner's orders stay for bookkeeping but lose the customer id, email, name,
    /// street, postal code and city; amounts, items and country remain.
    /// </summary>
    Task AnonymizeForOwnerAsync(string ownerId, CancellationToken cancellationToken = default);

    /// <summary>Ids of orders still pending payment whose reservation ended before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<string>> ListExpiredReservationsAsync(long now, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The amounts of orders created in [<paramref name="from"/>, <paramref name="to"/>), oldest first, at
    /// most <paramref name="limit"/>: a plain time-range read for the admin dashboard (orders and revenue
    /// per hour). No customer data.
    /// </summary>
    Task<IReadOnlyList<OrderTotal>> ListCreatedBetweenAsync(long from, long to, int limit, CancellationToken cancellationToken = default);
}

/// <summary>What the dashboard needs of an order: when, its status, and its amounts in EUR.</summary>
public sealed record OrderTotal(string OrderId, long CreatedAt, OrderStatus Status, decimal Total, decimal Refunded);

/// <summary>
/// What to place: the order, the stock to take (one entry per product), the cart to empty, and the
/// idempotency key to bind — only if this request's <see cref="ClaimToken"/> still holds it, so that a
/// placement queued right behind its claim does nothing when the claim went to another request.
/// </summary>
public sealed record PlaceOrder(
    Order Order,
    string OwnerId,
    IReadOnlyDictionary<string, int> Reservations,
    string CartOwnerId,
    string IdempotencyKey,
    string ClaimToken);

public sealed record PlaceOrderResult(bool Placed, IReadOnlyList<string> OutOfStock, bool ClaimLost = false)
{
    public static readonly PlaceOrderResult Success = new(true, []);

    public static readonly PlaceOrderResult NotClaimed = new(false, [], ClaimLost: true);
}
