using Winkel.Catalog.Products;

namespace Winkel.Catalog.Demo;

/// <summary>
/// A deterministic, realistic demo catalog for a Dutch web shop. Product number n (1-based, id
/// <c>p-0000000n</c>) depends only on n and the seed: never on the count, the machine or the .NET version.
/// </summary>
public static class DemoCatalog
{
    public const int DefaultSeed = 2026;

    /// <summary>Products 1 to <paramref name="count"/>, lazily, with CreatedAt = UpdatedAt = <paramref name="timestamp"/> (Unix seconds).</summary>
    public static IEnumerable<Product> Generate(int count, long timestamp, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return GenerateCore(count, timestamp, seed);
    }

    /// <summary>Product number <paramref name="number"/> alone, identical to the one <see cref="Generate"/> yields.</summary>
    public static Product Create(int number, long timestamp, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        return new DemoProductFactory(seed, timestamp).Create(number);
    }

    private static IEnumerable<Product> GenerateCore(int count, long timestamp, int seed)
    {
        var factory = new DemoProductFactory(seed, timestamp);
        for (var number = 1; number <= count; number++)
        {
            yield return factory.Create(number);
        }
    }
}
