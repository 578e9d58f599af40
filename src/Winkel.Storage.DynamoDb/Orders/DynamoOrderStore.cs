using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Products;
using Winkel.Orders;
using Winkel.Orders.Orders;
using Winkel.Orders.Storage;
using Winkel.Storage.DynamoDb.Catalog;

namespace Winkel.Storage.DynamoDb.Orders;

/// <summary>
/// Orders in the reference <c>Orders</c> table. Placing one is a single <c>TransactWriteItems</c>: a
/// conditional stock decrement per product, the change record, the idempotency key's binding, the order
/// put and the cart delete — all or nothing (products + 4 items, hence at most 96 distinct products).
/// </summary>
internal sealed class DynamoOrderStore(DynamoDb dynamo, DynamoChangeFeed feed, CatalogChangeSignal signal) : IOrderStore
{
    private const int MaxAttempts = 200;

    public async Task<PlaceOrderResult> PlaceAsync(PlaceOrder command, CancellationToken cancellationToken = default)
    {
        var order = command.Order;
        for (var attempt = 0; ; attempt++)
        {
            var items = (await DynamoBatch.GetAsync(dynamo, dynamo.Products,
                    command.Reservations.Keys.Select(id => Attr.Key("productId", id)), cancellationToken, ProductItems.Projection))
                .ToDictionary(item => item["productId"].S, StringComparer.Ordinal);
            var shortOf = command.Reservations
                .Where(r => !items.TryGetValue(r.Key, out var item) || ProductItems.Read(item).Stock < r.Value)
                .Select(r => r.Key)
                .ToList();
            if (shortOf.Count > 0)
            {
                return await HoldsClaimAsync(command, cancellationToken) ? new PlaceOrderResult(false, shortOf) : PlaceOrderResult.NotClaimed;
            }

            var position = await feed.AllocateAsync(cancellationToken);
            var changes = new List<(string, Product?, Product?, long)>();
            var writes = new List<TransactWriteItem>();
            foreach (var (productId, quantity) in command.Reservations)
            {
                var item = items[productId];
                var old = ProductItems.Read(item);
                var updated = old with { Stock = old.Stock - quantity };
                writes.Add(StockUpdate(item, updated, $"stock >= :quantity", new() { [":quantity"] = Attr.N(quantity) }));
                changes.Add((productId, old, updated, order.CreatedAt));
            }
            writes.Add(feed.Record(position, changes));
            writes.Add(new TransactWriteItem
            {
                Update = new Update
                {
                    TableName = dynamo.IdempotencyKeys,
                    Key = Attr.Key("key", command.IdempotencyKey),
                    UpdateExpression = "SET orderId = :order",
                    ConditionExpression = "claimToken = :token AND attribute_not_exists(orderId)",
                    ExpressionAttributeValues = new() { [":order"] = Attr.S(order.OrderId), [":token"] = Attr.S(command.ClaimToken) },
                },
            });
            writes.Add(new TransactWriteItem
            {
                Put = new Put { TableName = dynamo.Orders, Item = Item(order, command.OwnerId), ConditionExpression = "attribute_not_exists(orderId)" },
            });
            writes.Add(new TransactWriteItem { Delete = new Delete { TableName = dynamo.Carts, Key = Attr.Key("userId", command.CartOwnerId) } });

            try
            {
                await dynamo.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, cancellationToken);
                signal.Notify();
                return PlaceOrderResult.Success;
            }
            catch (TransactionCanceledException ex)
            {
                await feed.SkipAsync(position, cancellationToken);
                var reasons = ex.CancellationReasons ?? [];
                var claimIndex = command.Reservations.Count + 1;
                if (reasons.Count > claimIndex && reasons[claimIndex].Code == "ConditionalCheckFailed")
                {
                    return PlaceOrderResult.NotClaimed;
                }
                if (attempt >= MaxAttempts)
                {
                    throw;
                }
                // A product changed since it was read (another checkout, an admin write): read again; stock decides.
                await Task.Delay(Backoff.Delay(attempt), cancellationToken);
            }
        }
    }

    public async Task<Order?> GetAsync(string orderId, CancellationToken cancellationToken = default) =>
        await FindItemAsync(orderId, cancellationToken) is { } item ? Read(item) : null;

    public async Task<Order?> GetForOwnerAsync(string orderId, string ownerId, CancellationToken cancellationToken = default) =>
        await FindItemAsync(orderId, cancellationToken) is { } item && item.Str("customerId") == ownerId ? Read(item) : null;

    public async Task<IReadOnlyList<Order>> ListForOwnerAsync(string ownerId, int limit, CancellationToken cancellationToken = default)
    {
        var response = await dynamo.Client.QueryAsync(new QueryRequest
        {
            TableName = dynamo.Orders,
            IndexName = "CustomerIndex",
            KeyConditionExpression = "customerId = :owner",
            ExpressionAttributeValues = new() { [":owner"] = Attr.S(ownerId) },
            ScanIndexForward = false,
            Limit = limit,
        }, cancellationToken);
        return (response.Items ?? []).Select(Read).ToList();
    }

    /// <summary>
    /// A query per shard of <c>RecentIndex</c> (orders by id, newest first, spread over the shards so
    /// that checkouts do not all write one index partition), merged.
    /// </summary>
    public async Task<IReadOnlyList<Order>> ListRecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        var found = new List<Dictionary<string, AttributeValue>>();
        foreach (var shard in Attr.Shards())
        {
            var response = await dynamo.Client.QueryAsync(new QueryRequest
            {
                TableName = dynamo.Orders,
                IndexName = "RecentIndex",
                KeyConditionExpression = "recentShard = :shard",
                ExpressionAttributeValues = new() { [":shard"] = Attr.S(shard) },
                ScanIndexForward = false,
                Limit = limit,
            }, cancellationToken);
            found.AddRange(response.Items ?? []);
        }
        return found.OrderByDescending(item => item["orderId"].S, StringComparer.Ordinal).Take(limit).Select(Read).ToList();
    }

    /// <summary>A query per shard of <c>CreatedIndex</c> (orders by creation time), merged in time order.</summary>
    public async Task<IReadOnlyList<OrderTotal>> ListCreatedBetweenAsync(long from, long to, int limit, CancellationToken cancellationToken = default)
    {
        if (to <= from)
        {
            return [];
        }
        var found = new List<Order>();
        foreach (var shard in Attr.Shards())
        {
            Dictionary<string, AttributeValue>? start = null;
            var taken = 0;
            do
            {
                var response = await dynamo.Client.QueryAsync(new QueryRequest
                {
                    TableName = dynamo.Orders,
                    IndexName = "CreatedIndex",
                    KeyConditionExpression = "recentShard = :shard AND #created BETWEEN :from AND :last",
                    ExpressionAttributeNames = new() { ["#created"] = "timestamp" },
                    ExpressionAttributeValues = new() { [":shard"] = Attr.S(shard), [":from"] = Attr.N(from), [":last"] = Attr.N(to - 1) },
                    ExclusiveStartKey = start,
                    Limit = limit - taken,
                }, cancellationToken);
                var page = (response.Items ?? []).Select(Read).ToList();
                found.AddRange(page);
                taken += page.Count;
                start = response.LastEvaluatedKey is { Count: > 0 } next ? next : null;
            }
            while (start is not null && taken < limit);
        }
        return found
            .OrderBy(order => order.CreatedAt).ThenBy(order => order.OrderId, StringComparer.Ordinal)
            .Take(limit)
            .Select(order => new OrderTotal(order.OrderId, order.CreatedAt, order.Status, order.Total, order.Refunded))
            .ToList();
    }

    public async Task<bool> TransitionAsync(Order updated, OrderStatus expected, bool returnStock, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var writes = new List<TransactWriteItem>
            {
                new()
                {
                    Update = new Update
                    {
                        TableName = dynamo.Orders,
                        Key = OrderKey(updated),
                        UpdateExpression = updated.Status == OrderStatus.PendingPayment
                            ? "SET #status = :status, doc = :doc"
                            : "SET #status = :status, doc = :doc REMOVE pending",
                        ConditionExpression = "#status = :expected",
                        ExpressionAttributeNames = new() { ["#status"] = "status" },
                        ExpressionAttributeValues = new()
                        {
                            [":status"] = Attr.S(updated.Status.ToWire()),
                            [":doc"] = Attr.S(Serialize(updated)),
                            [":expected"] = Attr.S(expected.ToWire()),
                        },
                    },
                },
            };
            long? position = null;
            if (returnStock)
            {
                var quantities = updated.Items.GroupBy(l => l.ProductId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
                // A product deleted since the order was placed has no stock to return to.
                var items = await DynamoBatch.GetAsync(dynamo, dynamo.Products, quantities.Keys.Select(id => Attr.Key("productId", id)),
                    cancellationToken, ProductItems.Projection);
                if (items.Count > 0)
                {
                    position = await feed.AllocateAsync(cancellationToken);
                    var changes = new List<(string, Product?, Product?, long)>();
                    foreach (var item in items)
                    {
                        var old = ProductItems.Read(item);
                        var back = old with { Stock = old.Stock + quantities[old.ProductId] };
                        writes.Add(StockUpdate(item, back, null, null));
                        changes.Add((old.ProductId, old, back, updated.Timestamp));
                    }
                    writes.Add(feed.Record(position.Value, changes));
                }
            }
            try
            {
                await dynamo.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, cancellationToken);
                if (position is not null)
                {
                    signal.Notify();
                }
                return true;
            }
            catch (TransactionCanceledException ex)
            {
                if (position is { } taken)
                {
                    await feed.SkipAsync(taken, cancellationToken);
                }
                if (ex.CancellationReasons is { Count: > 0 } reasons && reasons[0].Code == "ConditionalCheckFailed")
                {
                    return false; // the order moved meanwhile
                }
                if (attempt >= MaxAttempts)
                {
                    throw;
                }
                await Task.Delay(Backoff.Delay(attempt), cancellationToken);
            }
        }
    }

    public async Task AnonymizeForOwnerAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        var erasedOwner = $"erased:{Guid.NewGuid():N}";
        while (true)
        {
            var orders = await ListForOwnerAsync(ownerId, 100, cancellationToken);
            if (orders.Count == 0)
            {
                return;
            }
            foreach (var order in orders)
            {
                var anonymous = order with
                {
                    CustomerId = null,
                    Email = null,
                    ShippingAddress = order.ShippingAddress with { Name = "", Street = "", PostalCode = "", City = "" },
                };
                await dynamo.Client.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = dynamo.Orders,
                    Key = OrderKey(order),
                    UpdateExpression = "SET customerId = :owner, doc = :doc",
                    ExpressionAttributeValues = new() { [":owner"] = Attr.S(erasedOwner), [":doc"] = Attr.S(Serialize(anonymous)) },
                }, cancellationToken);
            }
        }
    }

    /// <summary>A query per shard of the sparse <c>PendingIndex</c>, which holds only orders awaiting payment.</summary>
    public async Task<IReadOnlyList<string>> ListExpiredReservationsAsync(long now, int limit, CancellationToken cancellationToken = default)
    {
        var found = new List<(long ReservedUntil, string OrderId)>();
        foreach (var shard in Attr.Shards())
        {
            var response = await dynamo.Client.QueryAsync(new QueryRequest
            {
                TableName = dynamo.Orders,
                IndexName = "PendingIndex",
                KeyConditionExpression = "pending = :shard AND reservedUntil < :now",
                ExpressionAttributeValues = new() { [":shard"] = Attr.S(shard), [":now"] = Attr.N(now) },
                ProjectionExpression = "orderId, reservedUntil",
                Limit = limit,
            }, cancellationToken);
            found.AddRange((response.Items ?? []).Select(item => (item.Long("reservedUntil"), item["orderId"].S)));
        }
        return found.OrderBy(f => f.ReservedUntil).Take(limit).Select(f => f.OrderId).ToList();
    }

    private TransactWriteItem StockUpdate(Dictionary<string, AttributeValue> item, Product updated, string? condition, Dictionary<string, AttributeValue>? values)
    {
        var attributeValues = new Dictionary<string, AttributeValue>(values ?? [])
        {
            [":stock"] = Attr.N(updated.Stock),
            [":doc"] = Attr.S(DynamoChangeFeed.Serialize(updated)),
            [":version"] = Attr.N(ProductItems.Version(item)),
            [":next"] = Attr.N(ProductItems.Version(item) + 1),
        };
        return new TransactWriteItem
        {
            Update = new Update
            {
                TableName = dynamo.Products,
                Key = Attr.Key("productId", updated.ProductId),
                UpdateExpression = "SET stock = :stock, doc = :doc, version = :next",
                ConditionExpression = "version = :version" + (condition is null ? "" : " AND " + condition),
                ExpressionAttributeValues = attributeValues,
            },
        };
    }

    private async Task<bool> HoldsClaimAsync(PlaceOrder command, CancellationToken cancellationToken)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = dynamo.IdempotencyKeys,
            Key = Attr.Key("key", command.IdempotencyKey),
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item.Found() && response.Item.Str("claimToken") == command.ClaimToken && response.Item.Str("orderId") is null;
    }

    private async Task<Dictionary<string, AttributeValue>?> FindItemAsync(string orderId, CancellationToken cancellationToken)
    {
        var response = await dynamo.Client.QueryAsync(new QueryRequest
        {
            TableName = dynamo.Orders,
            KeyConditionExpression = "orderId = :id",
            ExpressionAttributeValues = new() { [":id"] = Attr.S(orderId) },
            ConsistentRead = true,
            Limit = 1,
        }, cancellationToken);
        return response.Items is { Count: > 0 } items ? items[0] : null;
    }

    private static Dictionary<string, AttributeValue> OrderKey(Order order) => new()
    {
        ["orderId"] = Attr.S(order.OrderId),
        ["timestamp"] = Attr.N(order.CreatedAt),
    };

    private static Dictionary<string, AttributeValue> Item(Order order, string ownerId)
    {
        var item = OrderKey(order);
        item["customerId"] = Attr.S(ownerId);
        item["status"] = Attr.S(order.Status.ToWire());
        item["reservedUntil"] = Attr.N(order.ReservedUntil);
        item["doc"] = Attr.S(Serialize(order));
        item["recentShard"] = Attr.Shard(order.OrderId);
        if (order.Status == OrderStatus.PendingPayment)
        {
            item["pending"] = Attr.Shard(order.OrderId);
        }
        return item;
    }

    private static string Serialize(Order order) => JsonSerializer.Serialize(order, OrdersJsonContext.Default.Order);

    private static Order Read(Dictionary<string, AttributeValue> item) => JsonSerializer.Deserialize(item["doc"].S, OrdersJsonContext.Default.Order)!;
}
