namespace Winkel.Storage.DynamoDb.Tables;

/// <summary>
/// Every DynamoDB table Winkel uses — the one place their names and key schema are written. The first
/// three are the reference architecture's tables; the rest serve the remaining ports, each access
/// pattern a key lookup or a query.
/// </summary>
public static class WinkelTables
{
    /// <summary>Products by id; <c>CategoryIndex</c> lists a category by price. Its stream feeds the change feed.</summary>
    public static readonly TableDefinition Products = new(
        "Products",
        new KeyAttribute("productId", KeyAttributeType.S),
        GlobalIndexes: [new IndexDefinition("CategoryIndex", new KeyAttribute("category", KeyAttributeType.S), new KeyAttribute("price", KeyAttributeType.N))],
        StreamNewAndOldImages: true);

    /// <summary>Carts by owner (customer id or hashed guest token); DynamoDB deletes expired carts itself.</summary>
    public static readonly TableDefinition Carts = new(
        "Carts",
        new KeyAttribute("userId", KeyAttributeType.S),
        TimeToLiveAttribute: "expiryTime");

    /// <summary>Orders by id and time; <c>CustomerIndex</c> lists a customer's orders newest first.</summary>
    public static readonly TableDefinition Orders = new(
        "Orders",
        new KeyAttribute("orderId", KeyAttributeType.S),
        new KeyAttribute("timestamp", KeyAttributeType.N),
        GlobalIndexes: [new IndexDefinition("CustomerIndex", new KeyAttribute("customerId", KeyAttributeType.S), new KeyAttribute("timestamp", KeyAttributeType.N))]);

    /// <summary>Every table, in the order they are created.</summary>
    public static IReadOnlyList<TableDefinition> All { get; } = [Products, Carts, Orders];
}
