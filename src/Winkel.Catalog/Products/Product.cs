using Winkel.Core;

namespace Winkel.Catalog.Products;

/// <summary>
/// A product in the reference schema. <see cref="InStock"/> is derived; <see cref="CreatedAt"/> and
/// <see cref="UpdatedAt"/> (Unix seconds) are set by the server, never by a client.
/// </summary>
public sealed record Product
{
    public required string ProductId { get; init; }
    public required string Category { get; init; }
    public string Subcategory { get; init; } = "";
    public string Brand { get; init; } = "";
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public required decimal Price { get; init; }
    public string Currency { get; init; } = Money.DefaultCurrency;
    public int Stock { get; init; }
    public string Warehouse { get; init; } = "";
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = EmptyAttributes;
    public IReadOnlyList<string> Images { get; init; } = [];
    public decimal Rating { get; init; }
    public int ReviewCount { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool InStock => Stock > 0;
    public ProductSeo Seo { get; init; } = ProductSeo.Empty;
    public VatRate VatRate { get; init; } = VatRate.Standard;
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }

    private static readonly IReadOnlyDictionary<string, string> EmptyAttributes = new Dictionary<string, string>();
}

/// <summary>Search-engine fields of a product page.</summary>
public sealed record ProductSeo
{
    public static readonly ProductSeo Empty = new();

    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
