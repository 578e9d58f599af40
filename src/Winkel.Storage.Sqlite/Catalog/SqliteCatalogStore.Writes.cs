using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;

namespace Winkel.Storage.Sqlite.Catalog;

internal sealed partial class SqliteCatalogStore
{
    public Task<CatalogWriteResult> CreateAsync(Product product, CancellationToken cancellationToken = default) =>
        WriteAsync(product.ProductId, old => old is null ? product : null, whenMissing: true,
            onNull: CatalogWriteResult.AlreadyExists, cancellationToken);

    public Task<CatalogWriteResult> ReplaceAsync(Product product, CancellationToken cancellationToken = default) =>
        WriteAsync(product.ProductId, old => old is null ? null : product with { CreatedAt = old.CreatedAt },
            whenMissing: false, onNull: CatalogWriteResult.NotFound, cancellationToken);

    public Task<CatalogWriteResult> PatchAsync(string productId, ProductPatch patch, long updatedAt, CancellationToken cancellationToken = default) =>
        WriteAsync(productId, old => old is null ? null : patch.ApplyTo(old, updatedAt),
            whenMissing: false, onNull: CatalogWriteResult.NotFound, cancellationToken);

    public async Task<bool> DeleteAsync(string productId, long deletedAt, CancellationToken cancellationToken = default)
    {
        var deleted = await database.WriteAsync((connection, transaction) =>
        {
            using var writer = new CatalogWriter(connection, transaction);
            var old = writer.ReadCurrent(productId);
            if (old is null)
            {
                return false;
            }
            writer.Delete(old, deletedAt);
            writer.FlushCategoryCounts();
            return true;
        }, cancellationToken);
        if (deleted)
        {
            signal.Notify();
        }
        return deleted;
    }

    public async Task UpsertManyAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken = default)
    {
        if (products.Count == 0)
        {
            return;
        }
        await database.WriteAsync((connection, transaction) =>
        {
            using var writer = new CatalogWriter(connection, transaction);
            foreach (var product in products)
            {
                var old = writer.ReadCurrent(product.ProductId);
                writer.Put(old, old is null ? product : product with { CreatedAt = old.CreatedAt });
            }
            writer.FlushCategoryCounts();
            return true;
        }, cancellationToken);
        signal.Notify();
    }

    /// <summary>Reads the current product, lets <paramref name="decide"/> compute the new one (null: no write), writes it with its change.</summary>
    private async Task<CatalogWriteResult> WriteAsync(
        string productId, Func<Product?, Product?> decide, bool whenMissing,
        CatalogWriteResult onNull, CancellationToken cancellationToken)
    {
        var result = await database.WriteAsync((connection, transaction) =>
        {
            using var writer = new CatalogWriter(connection, transaction);
            var old = writer.ReadCurrent(productId);
            if ((old is null) != whenMissing || decide(old) is not { } updated)
            {
                return onNull;
            }
            writer.Put(old, updated);
            writer.FlushCategoryCounts();
            return CatalogWriteResult.Written(updated);
        }, cancellationToken);
        if (result.Status == CatalogWriteStatus.Written)
        {
            signal.Notify();
        }
        return result;
    }
}
