using Winkel.Core;

namespace Winkel.Catalog.Products;

/// <summary>
/// A partial update: each non-null member replaces the product's value as a whole (an
/// <c>attributes</c> map or <c>tags</c> list is replaced, not merged). Applied by the store inside
/// its write transaction so that a concurrent stock decrement is never overwritten.
/// </summary>
public sealed record ProductPatch
{
    public string? Category { get; init; }
    public string? Subcategory { get; init; }
    public string? Brand { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public decimal? Price { get; init; }
    public string? Currency { get; init; }
    public int? Stock { get; init; }
    public string? Warehouse { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
    public IReadOnlyList<string>? Images { get; init; }
    public decimal? Rating { get; init; }
    public int? ReviewCount { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public ProductSeo? Seo { get; init; }
    public VatRate? VatRate { get; init; }

    public Product ApplyTo(Product product, long updatedAt) => product with
    {
        Category = Category ?? product.Category,
        Subcategory = Subcategory ?? product.Subcategory,
        Brand = Brand ?? product.Brand,
        Name = Name ?? product.Name,
        Description = Description ?? product.Description,
        Price = Price ?? product.Price,
        Currency = Currency ?? product.Currency,
        Stock = Stock ?? product.Stock,
        Warehouse = Warehouse ?? product.Warehouse,
        Attributes = Attributes ?? product.Attributes,
        Images = Images ?? product.Images,
        Rating = Rating ?? product.Rating,
        ReviewCount = ReviewCount ?? product.ReviewCount,
        Tags = Tags ?? product.Tags,
        Seo = Seo ?? product.Seo,
        VatRate = VatRate ?? product.VatRate,
        UpdatedAt = updatedAt,
    };
}
