using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Winkel.Catalog;
using Winkel.Catalog.Products;

namespace Winkel.Storage.DynamoDb.Catalog;

/// <summary>
/// A product item: its API JSON in <c>doc</c> (always including the current stock), the key attributes
/// the indexes need, <c>stock</c> for the conditional decrement and <c>version</c> for optimistic writes.
/// </summary>
internal static class ProductItems
{
    public const string Projection = "productId, price, doc, version";

    public static Dictionary<string, AttributeValue> Item(Product product, long version) => new()
    {
        ["productId"] = Attr.S(product.ProductId),
        ["category"] = Attr.S(product.Category),
        ["price"] = Attr.N(product.Price),
        ["listing"] = Attr.S("all"),
        ["stock"] = Attr.N(product.Stock),
        ["version"] = Attr.N(version),
        ["doc"] = Attr.S(DynamoChangeFeed.Serialize(product)),
    };

    public static Product Read(Dictionary<string, AttributeValue> item) =>
        JsonSerializer.Deserialize(item["doc"].S, CatalogJsonContext.Default.Product)!;

    public static StoredProduct ReadStored(Dictionary<string, AttributeValue> item) =>
        new(item["productId"].S, item.Decimal("price"), Encoding.UTF8.GetBytes(item["doc"].S));

    public static long Version(Dictionary<string, AttributeValue> item) => item.Long("version");
}
