using Microsoft.Extensions.DependencyInjection;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;

namespace Winkel.Server.Tests.Caching;

/// <summary>The real SQLite catalog store, counting the reads the caches should spare it.</summary>
internal sealed class CountingCatalogStore(ICatalogStore inner) : ICatalogStore
{
    private int _detailReads;
    private int _listReads;

    public int DetailReads => Volatile.Read(ref _detailReads);

    public int ListReads => Volatile.Read(ref _listReads);

    /// <summary>Puts a counting store around the adapter's in the host's services.</summary>
    public static void Install(IServiceCollection services)
    {
        var adapter = services.Last(d => d.ServiceType == typeof(ICatalogStore));
        services.Remove(adapter);
        services.AddSingleton(sp => new CountingCatalogStore((ICatalogStore)ActivatorUtilities.CreateInstance(sp, adapter.ImplementationType!)));
        services.AddSingleton<ICatalogStore>(sp => sp.GetRequiredService<CountingCatalogStore>());
    }

    public async Task<StoredProduct?> GetStoredAsync(string productId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _detailReads);
        await Task.Delay(50, cancellationToken); // a slow store widens the window in which misses pile up
        return await inner.GetStoredAsync(productId, cancellationToken);
    }

    public Task<ProductPage> ListAsync(ProductListQuery query, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _listReads);
        return inner.ListAsync(query, cancellationToken);
    }

    public Task<Product?> GetAsync(string productId, CancellationToken cancellationToken = default) => inner.GetAsync(productId, cancellationToken);

    public Task<IReadOnlyList<Product>> GetManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default) =>
        inner.GetManyAsync(productIds, cancellationToken);

    public Task<IReadOnlyList<CategorySummary>> GetCategoriesAsync(CancellationToken cancellationToken = default) => inner.GetCategoriesAsync(cancellationToken);

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) => inner.IsEmptyAsync(cancellationToken);

    public Task<CatalogWriteResult> CreateAsync(Product product, CancellationToken cancellationToken = default) => inner.CreateAsync(product, cancellationToken);

    public Task<CatalogWriteResult> ReplaceAsync(Product product, CancellationToken cancellationToken = default) => inner.ReplaceAsync(product, cancellationToken);

    public Task<CatalogWriteResult> PatchAsync(string productId, ProductPatch patch, long updatedAt, CancellationToken cancellationToken = default) =>
        inner.PatchAsync(productId, patch, updatedAt, cancellationToken);

    public Task<bool> DeleteAsync(string productId, long deletedAt, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(productId, deletedAt, cancellationToken);

    public Task UpsertManyAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken = default) =>
        inner.UpsertManyAsync(products, cancellationToken);
}
