using Amazon.DynamoDBv2.Model;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;

namespace Winkel.Storage.DynamoDb.Catalog;

/// <summary>The catalog on DynamoDB: reads here (key lookups and index queries), writes in <c>DynamoCatalogStore.Writes.cs</c>.</summary>
internal sealed partial class DynamoCatalogStore(DynamoDb dynamo, DynamoChangeFeed feed, CatalogChangeSignal signal) : ICatalogStore
{
    public async Task<Product?> GetAsync(string productId, CancellationToken cancellationToken = default) =>
        await ReadItemAsync(productId, consistent: true, cancellationToken) is { } item ? ProductItems.Read(item) : null;

    /// <summary>
    /// Strongly consistent, like every key lookup here: a cache refilled right after a change evicted it
    /// must not be refilled from a replica that has not seen the change yet.
    /// </summary>
    public async Task<StoredProduct?> GetStoredAsync(string productId, CancellationToken cancellationToken = default) =>
        await ReadItemAsync(productId, consistent: true, cancellationToken) is { } item ? ProductItems.ReadStored(item) : null;

    public async Task<IReadOnlyList<Product>> GetManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default)
    {
        var items = await DynamoBatch.GetAsync(dynamo, dynamo.Products,
            productIds.Distinct(StringComparer.Ordinal).Select(id => Attr.Key("productId", id)), cancellationToken, ProductItems.Projection);
        return items.Select(ProductItems.Read).ToList();
    }

    /// <summary>
    /// One query of <c>CategoryIndex</c> (or <c>PriceIndex</c> without a category) with <c>BETWEEN</c> on
    /// price. The cursor's (price, id) is DynamoDB's own <c>ExclusiveStartKey</c> for the index; ties in
    /// price come in product-id order, as the index keeps them.
    /// </summary>
    public async Task<ProductPage> ListAsync(ProductListQuery query, CancellationToken cancellationToken = default)
    {
        var (index, partitionName, partition) = query.Category is { } category
            ? ("CategoryIndex", "category", category)
            : ("PriceIndex", "listing", "all");
        var values = new Dictionary<string, AttributeValue> { [":p"] = Attr.S(partition) };
        var condition = $"{partitionName} = :p";
        if (query.MinPrice is not null || query.MaxPrice is not null)
        {
            values[":min"] = Attr.N(query.MinPrice ?? 0m);
            values[":max"] = Attr.N(query.MaxPrice ?? 1_000_000_000m);
            condition += " AND price BETWEEN :min AND :max";
        }
        Dictionary<string, AttributeValue>? start = query.After is { } after
            ? new() { [partitionName] = Attr.S(partition), ["price"] = Attr.N(after.Price), ["productId"] = Attr.S(after.ProductId) }
            : null;
        var items = new List<StoredProduct>(query.Limit + 1);
        do
        {
            var response = await dynamo.Client.QueryAsync(new QueryRequest
            {
                TableName = dynamo.Products,
                IndexName = index,
                KeyConditionExpression = condition,
                ExpressionAttributeValues = values,
                ProjectionExpression = "productId, price, doc",
                ScanIndexForward = !query.Descending,
                Limit = query.Limit + 1 - items.Count,
                ExclusiveStartKey = start,
            }, cancellationToken);
            items.AddRange((response.Items ?? []).Select(ProductItems.ReadStored));
            start = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (items.Count <= query.Limit && start is not null);

        ProductKey? next = null;
        if (items.Count > query.Limit)
        {
            items.RemoveAt(query.Limit);
            next = new ProductKey(items[^1].Price, items[^1].ProductId);
        }
        return new ProductPage(items, next);
    }

    public async Task<IReadOnlyList<CategorySummary>> GetCategoriesAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<(string Category, string Subcategory, long Count)>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var response = await dynamo.Client.QueryAsync(new QueryRequest
            {
                TableName = dynamo.Meta,
                KeyConditionExpression = "pk = :pk",
                ExpressionAttributeValues = new() { [":pk"] = Attr.S(CategoryCounts.Partition) },
                ExclusiveStartKey = start,
            }, cancellationToken);
            rows.AddRange((response.Items ?? []).Select(item => (item.Str("category")!, item.Str("subcategory")!, item.Long("productCount"))));
            start = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (start is not null);
        return rows.Where(r => r.Count > 0)
            .GroupBy(r => r.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategorySummary(g.Key,
                g.Select(r => r.Subcategory).Where(s => s.Length > 0).Order(StringComparer.Ordinal).ToList(),
                g.Sum(r => r.Count)))
            .ToList();
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        var response = await dynamo.Client.QueryAsync(new QueryRequest
        {
            TableName = dynamo.Products,
            IndexName = "PriceIndex",
            KeyConditionExpression = "listing = :all",
            ExpressionAttributeValues = new() { [":all"] = Attr.S("all") },
            ProjectionExpression = "productId",
            Limit = 1,
        }, cancellationToken);
        return response.Items is not { Count: > 0 };
    }

    internal async Task<Dictionary<string, AttributeValue>?> ReadItemAsync(string productId, bool consistent, CancellationToken cancellationToken)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = dynamo.Products,
            Key = Attr.Key("productId", productId),
            ProjectionExpression = ProductItems.Projection,
            ConsistentRead = consistent,
        }, cancellationToken);
        return response.Item.Found() ? response.Item : null;
    }
}
