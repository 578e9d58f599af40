namespace Winkel.Storage.DynamoDb.Tables;

/// <summary>
/// Every DynamoDB table Winkel uses — the one place their names and key schema are written. The first
/// three are the reference architecture's tables; the rest serve the remaining ports, each access
/// pattern a key lookup or a query.
/// </summary>
/// <remarks>
/// Indexes that every write of a table would otherwise send to one partition (expiry sweeps, pending
/// reservations) are spread over <see cref="ShardCount"/> partition values <c>s0</c>…<c>s15</c>; a
/// sweep queries each shard. Such indexes are sparse where they can be: only items that need
/// sweeping carry the attribute.
/// </remarks>
public static class WinkelTables
{
    /// <summary>How many partition values the sharded sweep indexes use.</summary>
    public const int ShardCount = 16;

    /// <summary>
    /// Products by id; <c>CategoryIndex</c> lists a category by price, <c>PriceIndex</c> the whole catalog
    /// by price (partition <c>listing</c>, always <c>all</c>). Its stream carries every image for tools
    /// outside Winkel; Winkel's own change feed is <see cref="CatalogChanges"/>, written in the same transaction.
    /// </summary>
    public static readonly TableDefinition Products = new(
        "Products",
        new KeyAttribute("productId", KeyAttributeType.S),
        GlobalIndexes:
        [
            new IndexDefinition("CategoryIndex", new KeyAttribute("category", KeyAttributeType.S), new KeyAttribute("price", KeyAttributeType.N)),
            new IndexDefinition("PriceIndex", new KeyAttribute("listing", KeyAttributeType.S), new KeyAttribute("price", KeyAttributeType.N)),
        ],
        StreamNewAndOldImages: true);

    /// <summary>
    /// Carts by owner (customer id or hashed guest token); DynamoDB deletes expired carts itself, and
    /// <c>ExpiryIndex</c> lets the sweeper find them sooner.
    /// </summary>
    public static readonly TableDefinition Carts = new(
        "Carts",
        new KeyAttribute("userId", KeyAttributeType.S),
        GlobalIndexes: [ExpiryIndex("expiryTime")],
        TimeToLiveAttribute: "expiryTime");

    /// <summary>
    /// Orders by id and time (the time is the order's creation); <c>CustomerIndex</c> lists an owner's
    /// orders newest first (<c>customerId</c> holds the owner: a customer id or a guest cart owner);
    /// the sparse <c>PendingIndex</c> holds only orders awaiting payment, by the end of their reservation.
    /// </summary>
    public static readonly TableDefinition Orders = new(
        "Orders",
        new KeyAttribute("orderId", KeyAttributeType.S),
        new KeyAttribute("timestamp", KeyAttributeType.N),
        GlobalIndexes:
        [
            new IndexDefinition("CustomerIndex", new KeyAttribute("customerId", KeyAttributeType.S), new KeyAttribute("timestamp", KeyAttributeType.N)),
            new IndexDefinition("PendingIndex", new KeyAttribute("pending", KeyAttributeType.S), new KeyAttribute("reservedUntil", KeyAttributeType.N)),
            new IndexDefinition("RecentIndex", new KeyAttribute("recentShard", KeyAttributeType.S), new KeyAttribute("orderId", KeyAttributeType.S)),
            new IndexDefinition("CreatedIndex", new KeyAttribute("recentShard", KeyAttributeType.S), new KeyAttribute("timestamp", KeyAttributeType.N)),
        ]);

    /// <summary>Customers by id.</summary>
    public static readonly TableDefinition Customers = new(
        "Customers",
        new KeyAttribute("customerId", KeyAttributeType.S));

    /// <summary>Normalized email to customer id: written in the customer's own transaction, it keeps emails unique.</summary>
    public static readonly TableDefinition CustomerEmails = new(
        "CustomerEmails",
        new KeyAttribute("email", KeyAttributeType.S));

    /// <summary>Sessions by token hash; <c>CustomerIndex</c> for sign-out everywhere; expired ones deleted by TTL and the sweeper.</summary>
    public static readonly TableDefinition Sessions = new(
        "Sessions",
        new KeyAttribute("tokenHash", KeyAttributeType.S),
        GlobalIndexes: [new IndexDefinition("CustomerIndex", new KeyAttribute("customerId", KeyAttributeType.S)), ExpiryIndex("expiresAt")],
        TimeToLiveAttribute: "expiresAt");

    /// <summary>Idempotency-Key records by scoped key; expired ones deleted by TTL and the sweeper.</summary>
    public static readonly TableDefinition IdempotencyKeys = new(
        "IdempotencyKeys",
        new KeyAttribute("key", KeyAttributeType.S),
        GlobalIndexes: [ExpiryIndex("expiresAt")],
        TimeToLiveAttribute: "expiresAt");

    /// <summary>
    /// The catalog change feed: one partition (<c>feed</c> = <c>catalog</c>) ordered by <c>position</c>,
    /// each change put in the transaction of the write that made it.
    /// </summary>
    public static readonly TableDefinition CatalogChanges = new(
        "CatalogChanges",
        new KeyAttribute("feed", KeyAttributeType.S),
        new KeyAttribute("position", KeyAttributeType.N));

    /// <summary>
    /// Small shared state, partition <c>pk</c> and sort <c>sk</c>: the change-feed position counter and
    /// its prune mark, category counts, and change-feed consumer checkpoints.
    /// </summary>
    public static readonly TableDefinition Meta = new(
        "Meta",
        new KeyAttribute("pk", KeyAttributeType.S),
        new KeyAttribute("sk", KeyAttributeType.S));

    /// <summary>
    /// The built-in test payment provider's items and the payment logs, partition <c>pk</c> and sort
    /// <c>sk</c>: payments, one guard item per (order, attempt), refunds under their payment, webhook
    /// event ids, and the append-only payment log per order.
    /// </summary>
    public static readonly TableDefinition Payments = new(
        "Payments",
        new KeyAttribute("pk", KeyAttributeType.S),
        new KeyAttribute("sk", KeyAttributeType.S));

    /// <summary>Every table, in the order they are created.</summary>
    public static IReadOnlyList<TableDefinition> All { get; } =
        [Products, Carts, Orders, Customers, CustomerEmails, Sessions, IdempotencyKeys, CatalogChanges, Meta, Payments];

    private static IndexDefinition ExpiryIndex(string expiryAttribute) =>
        new("ExpiryIndex", new KeyAttribute("shard", KeyAttributeType.S), new KeyAttribute(expiryAttribute, KeyAttributeType.N));
}
