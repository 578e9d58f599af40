using Winkel.Catalog.Demo;
using Winkel.Catalog.Products;

namespace Winkel.Search.Tests.Querying;

/// <summary>
/// A test index of generated products, one of them deleted after indexing: a deleted product must
/// leave every count and never be matched or scored. Test classes share one through a fixture.
/// </summary>
public abstract class GeneratedIndex : IDisposable
{
    protected GeneratedIndex(int count, int seed, int deleted)
    {
        Products = [.. DemoCatalog.Generate(count, timestamp: 1_764_000_000, seed)];
        Index = new TestIndex().Add(Products);
        Index.Delete(Products[deleted].ProductId);
        Products.RemoveAt(deleted);
    }

    public List<Product> Products { get; }

    internal TestIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        GC.SuppressFinalize(this);
    }
}
