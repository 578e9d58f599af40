using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Winkel.Catalog.Changes;
using Winkel.Orders;
using Winkel.Orders.Orders;
using Winkel.Orders.Storage;
using Winkel.Storage.Sqlite.Catalog;

namespace Winkel.Storage.Sqlite.Orders;

/// <summary>Orders on SQLite: placing one is a single transaction with the stock decrements it depends on.</summary>
internal sealed class SqliteOrderStore(SqliteDatabase database, CatalogChangeSignal signal) : IOrderStore
{
    public async Task<PlaceOrderResult> PlaceAsync(PlaceOrder command, CancellationToken cancellationToken = default)
    {
        try
        {
            var claimed = await database.WriteAsync((connection, transaction) =>
            {
                if (Sql.Execute(connection, transaction,
                    "UPDATE idempotency_keys SET order_id = $order WHERE key = $key AND claim_token = $token AND order_id IS NULL",
                    ("$order", command.Order.OrderId), ("$key", command.IdempotencyKey), ("$token", command.ClaimToken)) == 0)
                {
                    return false;
                }
                using var catalog = new CatalogWriter(connection, transaction);
                var shortOf = command.Reservations
                    .Where(r => !catalog.TryAdjustStock(r.Key, -r.Value, command.Order.CreatedAt))
                    .Select(r => r.Key)
                    .ToList();
                if (shortOf.Count > 0)
                {
                    throw new OutOfStock(shortOf); // rolls back this write's savepoint: no stock taken, no order
                }
                Sql.Execute(connection, transaction,
                    "INSERT INTO orders (order_id, owner_id, status, created_at, reserved_until, doc) VALUES ($id, $owner, $status, $created, $reserved, $doc)",
                    ("$id", command.Order.OrderId), ("$owner", command.OwnerId), ("$status", command.Order.Status.ToWire()),
                    ("$created", command.Order.CreatedAt), ("$reserved", command.Order.ReservedUntil), ("$doc", Serialize(command.Order)));
                Sql.Execute(connection, transaction, "DELETE FROM carts WHERE owner_id = $owner", ("$owner", command.CartOwnerId));
                return true;
            }, cancellationToken);
            if (!claimed)
            {
                return PlaceOrderResult.NotClaimed;
            }
        }
        catch (OutOfStock shortage)
        {
            return new PlaceOrderResult(false, shortage.ProductIds);
        }
        signal.Notify();
        return PlaceOrderResult.Success;
    }

    public Task<Order?> GetAsync(string orderId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc FROM orders WHERE order_id = $id";
        command.Parameters.AddWithValue("$id", orderId);
        return Task.FromResult(command.ExecuteScalar() is string doc ? Deserialize(doc) : null);
    }

    public Task<Order?> GetForOwnerAsync(string orderId, string ownerId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc FROM orders WHERE order_id = $id AND owner_id = $owner";
        command.Parameters.AddWithValue("$id", orderId);
        command.Parameters.AddWithValue("$owner", ownerId);
        return Task.FromResult(command.ExecuteScalar() is string doc ? Deserialize(doc) : null);
    }

    public Task<IReadOnlyList<Order>> ListForOwnerAsync(string ownerId, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Order>>(Query("SELECT doc FROM orders WHERE owner_id = $value ORDER BY created_at DESC, order_id DESC LIMIT $limit", ownerId, limit));

    // Order ids are version 7 GUIDs, so the primary key is already in time order.
    public Task<IReadOnlyList<Order>> ListRecentAsync(int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Order>>(Query("SELECT doc FROM orders WHERE order_id > $value ORDER BY order_id DESC LIMIT $limit", "", limit));

    public async Task<bool> TransitionAsync(Order updated, OrderStatus expected, bool returnStock, CancellationToken cancellationToken = default)
    {
        var moved = await database.WriteAsync((connection, transaction) =>
        {
            var rows = Sql.Execute(connection, transaction,
                "UPDATE orders SET status = $status, doc = $doc WHERE order_id = $id AND status = $expected",
                ("$status", updated.Status.ToWire()), ("$doc", Serialize(updated)), ("$id", updated.OrderId), ("$expected", expected.ToWire()));
            if (rows == 1 && returnStock)
            {
                using var catalog = new CatalogWriter(connection, transaction);
                foreach (var line in updated.Items.GroupBy(l => l.ProductId))
                {
                    // A product deleted since the order was placed has no stock to return to.
                    catalog.TryAdjustStock(line.Key, line.Sum(l => l.Quantity), updated.Timestamp);
                }
            }
            return rows == 1;
        }, cancellationToken);
        if (moved && returnStock)
        {
            signal.Notify();
        }
        return moved;
    }

    public Task<IReadOnlyList<string>> ListExpiredReservationsAsync(long now, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT order_id FROM orders WHERE status = 'pending_payment' AND reserved_until < $now ORDER BY reserved_until LIMIT $limit";
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return Task.FromResult<IReadOnlyList<string>>(ids);
    }

    public Task<IReadOnlyList<OrderTotal>> ListCreatedBetweenAsync(long from, long to, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        // "->" gives a number's JSON text exactly as stored, so the decimal survives without a trip through REAL.
        command.CommandText = """
            SELECT order_id, created_at, doc -> '$.total', coalesce(doc -> '$.refunded', '0'), doc ->> '$.status'
            FROM orders WHERE created_at >= $from AND created_at < $to ORDER BY created_at, order_id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var totals = new List<OrderTotal>();
        while (reader.Read())
        {
            totals.Add(new OrderTotal(reader.GetString(0), reader.GetInt64(1),
                JsonSerializer.Deserialize(JsonSerializer.Serialize(reader.GetString(4)), OrdersJsonContext.Default.OrderStatus),
                decimal.Parse(reader.GetString(2), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
                decimal.Parse(reader.GetString(3), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture)));
        }
        return Task.FromResult<IReadOnlyList<OrderTotal>>(totals);
    }

    public Task AnonymizeForOwnerAsync(string ownerId, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            var erasedOwner = $"erased:{Guid.NewGuid():N}";
            foreach (var order in Query("SELECT doc FROM orders WHERE owner_id = $value LIMIT $limit", ownerId, int.MaxValue, connection, transaction))
            {
                var anonymous = order with
                {
                    CustomerId = null,
                    Email = null,
                    ShippingAddress = order.ShippingAddress with { Name = "", Street = "", PostalCode = "", City = "" },
                };
                Sql.Execute(connection, transaction, "UPDATE orders SET owner_id = $owner, doc = $doc WHERE order_id = $id",
                    ("$owner", erasedOwner), ("$doc", Serialize(anonymous)), ("$id", order.OrderId));
            }
            return 0;
        }, cancellationToken);

    private List<Order> Query(string sql, string value, int limit)
    {
        using var connection = database.Open();
        return Query(sql, value, limit, connection, transaction: null);
    }

    private static List<Order> Query(string sql, string value, int limit, SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$value", value);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var orders = new List<Order>();
        while (reader.Read())
        {
            orders.Add(Deserialize(reader.GetString(0)));
        }
        return orders;
    }



    private static string Serialize(Order order) => JsonSerializer.Serialize(order, OrdersJsonContext.Default.Order);

    private static Order Deserialize(string doc) => JsonSerializer.Deserialize(doc, OrdersJsonContext.Default.Order)!;

    private sealed class OutOfStock(IReadOnlyList<string> productIds) : Exception("Out of stock")
    {
        public IReadOnlyList<string> ProductIds { get; } = productIds;
    }
}
