using Winkel.Catalog.Products;

namespace Winkel.Catalog.Storage;

public enum CatalogWriteStatus
{
    Written,
    NotFound,
    AlreadyExists,
}

/// <summary>The outcome of a catalog write; <see cref="Product"/> is the stored product when written.</summary>
public readonly record struct CatalogWriteResult(CatalogWriteStatus Status, Product? Product)
{
    public static CatalogWriteResult Written(Product product) => new(CatalogWriteStatus.Written, product);

    public static readonly CatalogWriteResult NotFound = new(CatalogWriteStatus.NotFound, null);

    public static readonly CatalogWriteResult AlreadyExists = new(CatalogWriteStatus.AlreadyExists, null);
}
