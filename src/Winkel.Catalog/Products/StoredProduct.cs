using System.Text.Json;

namespace Winkel.Catalog.Products;

/// <summary>
/// A product as the store holds it: its API JSON (UTF-8, exactly what <c>GET /api/products/{id}</c>
/// answers), with the index key beside it. Read paths write <see cref="Json"/> straight to the
/// response; <see cref="Product"/> is parsed only when code needs the object.
/// </summary>
public sealed class StoredProduct(string productId, decimal price, ReadOnlyMemory<byte> json)
{
    private Product? _product;

    public string ProductId => productId;

    public decimal Price => price;

    public ReadOnlyMemory<byte> Json => json;

    public Product Product => _product ??= JsonSerializer.Deserialize(json.Span, CatalogJsonContext.Default.Product)!;

    /// <summary>For adapters that keep products as attributes rather than documents.</summary>
    public static StoredProduct From(Product product) =>
        new(product.ProductId, product.Price, JsonSerializer.SerializeToUtf8Bytes(product, CatalogJsonContext.Default.Product)) { _product = product };
}
