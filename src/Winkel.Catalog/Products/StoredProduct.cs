using System.Text.Json;

namespace Winkel.Catalog.Products;

/// <summary>
/// A product as the store holds it: its API JSON (UTF-8, exactly what <c>GET /api/products/{id}</c>
/// answers), with the index key beside it. Read paths write <see cref="Json"/> straight to the
/// response; <see cref="Product"/> is parsed only when code needs the object.
/// </summary>
public sealed class StoredProduct
{
    private readonly decimal? _price;
    private Product? _product;

    public StoredProduct(string productId, decimal price, ReadOnlyMemory<byte> json)
        : this(productId, json)
    {
        _price = price;
    }

    /// <summary>For read paths that have only the JSON (a cached answer): the price is read from it when asked.</summary>
    public StoredProduct(string productId, ReadOnlyMemory<byte> json)
    {
        ProductId = productId;
        Json = json;
    }

    public string ProductId { get; }

    public decimal Price => _price ?? Product.Price;

    public ReadOnlyMemory<byte> Json { get; }

    public Product Product => _product ??= JsonSerializer.Deserialize(Json.Span, CatalogJsonContext.Default.Product)!;

    /// <summary>For adapters that keep products as attributes rather than documents.</summary>
    public static StoredProduct From(Product product) =>
        new(product.ProductId, product.Price, JsonSerializer.SerializeToUtf8Bytes(product, CatalogJsonContext.Default.Product)) { _product = product };
}
