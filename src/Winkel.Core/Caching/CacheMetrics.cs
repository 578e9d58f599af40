using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Winkel.Core.Caching;

/// <summary>
/// Hit and miss counters on the <c>Winkel.Caching</c> meter, tagged <c>cache</c> = <c>product</c>,
/// <c>listing</c>, <c>categories</c> or <c>output</c>. A hit is a lookup served without reading the store
/// (or, for <c>output</c>, without running the endpoint).
/// </summary>
public static class CacheMetrics
{
    public const string MeterName = "Winkel.Caching";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Hits = Meter.CreateCounter<long>("winkel.cache.hits", "{lookup}", "Lookups served from a cache");
    private static readonly Counter<long> Misses = Meter.CreateCounter<long>("winkel.cache.misses", "{lookup}", "Lookups that had to fetch");

    public static void Hit(string cache) => Hits.Add(1, new KeyValuePair<string, object?>("cache", cache));

    public static void Miss(string cache) => Misses.Add(1, new KeyValuePair<string, object?>("cache", cache));

    public static void Record(string cache, bool hit)
    {
        if (hit)
        {
            Hit(cache);
        }
        else
        {
            Miss(cache);
        }
    }

    /// <summary>The trace source of caching work (fills, invalidations).</summary>
    public static readonly ActivitySource ActivitySource = new(MeterName);
}
