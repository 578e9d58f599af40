using Winkel.Catalog.Products;

namespace Winkel.Catalog.Storage;

/// <summary>
/// The catalog port, shaped like the reference Products table: a key lookup by <c>productId</c> and a
/// <c>CategoryIndex</c> (category, then price) for listings. Every operation is a key lookup or an
/// index range read, so a DynamoDB adapter implements it without scans. Every write records its
/// <see cref="Changes.CatalogChange"/> atomically with the write, before it returns. Stored JSON
/// (<see cref="StoredProduct.Json"/>) always equals the product's API form, stock included: a write that
/// changes stock in place (checkout) changes the stored JSON in the same statement.
/// </summary>
public interface ICatalogStore
{
    Task<Product?> GetAsync(string productId, CancellationToken cancellationToken = default);

    /// <summary>The product's stored API JSON, for read paths that only pass it on.</summary>
    Task<StoredProduct?> GetStoredAsync(string productId, CancellationToken cancellationToken = default);

    /// <summary>The products that exist among <paramref name="productIds"/>, in no particular order.</summary>
    Task<IReadOnlyList<Product>> GetManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of products in price order, read from the category/price index. Products that tie on price
    /// come in the index's own order, stable across pages (by id on SQLite; DynamoDB promises no particular order).
    /// </summary>
    Task<ProductPage> ListAsync(ProductListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Categories with their subcategories and product counts, kept as counters by every write.</summary>
    Task<IReadOnlyList<CategorySummary>> GetCategoriesAsync(CancellationToken cancellationToken = default);

    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a product whose id is new; <see cref="CatalogWriteStatus.AlreadyExists"/> otherwise.</summary>
    Task<CatalogWriteResult> CreateAsync(Product product, CancellationToken cancellationToken = default);

    /// <summary>Replaces an existing product, keeping its <c>createdAt</c>; <see cref="CatalogWriteStatus.NotFound"/> otherwise.</summary>
    Task<CatalogWriteResult> ReplaceAsync(Product product, CancellationToken cancellationToken = default);

    /// <summary>Applies a patch to the stored product atomically (no lost update against concurrent writes).</summary>
    Task<CatalogWriteResult> PatchAsync(string productId, ProductPatch patch, long updatedAt, CancellationToken cancellationToken = default);

    /// <summary>Deletes a product; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string productId, long deletedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces many products (import). Existing products keep their <c>createdAt</c>.
    /// Each product's change is recorded; the batch is atomic on adapters that can make it so.
    /// </summary>
    Task UpsertManyAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken = default);
}
