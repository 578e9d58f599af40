namespace Winkel.Catalog.Demo;

/// <summary>
/// SplitMix64, written out here rather than <see cref="Random"/> so that a runtime upgrade can never
/// change the demo catalog. Only integer arithmetic, so every machine draws the same numbers.
/// </summary>
internal struct DemoRandom(ulong state)
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong _state = state;

    /// <summary>One independent stream per product, so product n never depends on how many came before it.</summary>
    public static DemoRandom ForProduct(int seed, long number) =>
        new(Mix(Mix((ulong)(uint)seed + Golden) ^ ((ulong)number * 0xD1B54A32D192ED03UL)));

    public ulong NextUInt64()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>0 to <paramref name="maxExclusive"/> - 1 (Lemire's multiply-shift; the bias is far below anything visible).</summary>
    public int Next(int maxExclusive) => (int)(((NextUInt64() >> 32) * (uint)maxExclusive) >> 32);

    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
