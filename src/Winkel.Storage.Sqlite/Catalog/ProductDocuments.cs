using System.Text.Json;
using Microsoft.Data.Sqlite;
using Winkel.Catalog;
using Winkel.Catalog.Products;
using Winkel.Core;

namespace Winkel.Storage.Sqlite.Catalog;

/// <summary>
/// Products are stored as their JSON document plus the columns the indexes and conditional updates
/// need. The <c>stock</c> column is the truth for stock (orders decrement it in place).
/// </summary>
internal static class ProductDocuments
{
    public static string Serialize(Product product) => JsonSerializer.Serialize(product, CatalogJsonContext.Default.Product);

    public static Product Deserialize(string json) => JsonSerializer.Deserialize(json, CatalogJsonContext.Default.Product)!;

    /// <summary>Reads a row selected as <c>doc, price_cents, product_id</c> without parsing the document.</summary>
    public static StoredProduct ReadStored(SqliteDataReader reader) =>
        new(reader.GetString(2), Money.FromCents(reader.GetInt64(1)), reader.GetFieldValue<byte[]>(0));

    /// <summary>Reads a row selected as <c>doc, stock</c> starting at <paramref name="ordinal"/>.</summary>
    public static Product Read(SqliteDataReader reader, int ordinal = 0)
    {
        var product = Deserialize(reader.GetString(ordinal));
        var stock = reader.GetInt32(ordinal + 1);
        return product.Stock == stock ? product : product with { Stock = stock };
    }
}
