using Amazon.DynamoDBv2.Model;
using Winkel.Catalog.Products;

namespace Winkel.Storage.DynamoDb.Catalog;

/// <summary>Category counters in the <c>Meta</c> table, moved in the transaction of every write that moves a product.</summary>
internal static class CategoryCounts
{
    public const string Partition = "categories";

    public static IEnumerable<TransactWriteItem> Updates(DynamoDb dynamo, Product? old, Product? updated)
    {
        var deltas = new Dictionary<(string, string), long>();
        if (old is not null)
        {
            deltas[(old.Category, old.Subcategory)] = -1;
        }
        if (updated is not null)
        {
            var key = (updated.Category, updated.Subcategory);
            deltas[key] = deltas.GetValueOrDefault(key) + 1;
        }
        return deltas.Where(d => d.Value != 0).Select(d => new TransactWriteItem
        {
            Update = new Update
            {
                TableName = dynamo.Meta,
                Key = new() { ["pk"] = Attr.S(Partition), ["sk"] = Attr.S(d.Key.Item1 + "\u001f" + d.Key.Item2) },
                UpdateExpression = "SET category = :c, subcategory = :s ADD productCount :d",
                ExpressionAttributeValues = new() { [":c"] = Attr.S(d.Key.Item1), [":s"] = Attr.S(d.Key.Item2), [":d"] = Attr.N(d.Value) },
            },
        });
    }
}
