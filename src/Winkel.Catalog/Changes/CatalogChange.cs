using Winkel.Catalog.Products;

namespace Winkel.Catalog.Changes;

/// <summary>
/// One catalog write as recorded in the change feed: <see cref="OldImage"/> is null for a create,
/// <see cref="NewImage"/> null for a delete. <see cref="Position"/> grows with every change.
/// </summary>
public sealed record CatalogChange(long Position, string ProductId, Product? OldImage, Product? NewImage, long ChangedAt)
{
    public CatalogChangeKind Kind => (OldImage, NewImage) switch
    {
        (null, _) => CatalogChangeKind.Created,
        (_, null) => CatalogChangeKind.Deleted,
        _ => CatalogChangeKind.Updated,
    };
}

public enum CatalogChangeKind
{
    Created,
    Updated,
    Deleted,
}
