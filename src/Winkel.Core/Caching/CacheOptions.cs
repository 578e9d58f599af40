using System.ComponentModel.DataAnnotations;

namespace Winkel.Core.Caching;

/// <summary>Settings under <c>Winkel:Cache</c>: how long cached data and responses live.</summary>
public sealed class CacheOptions
{
    public const string Section = "Winkel:Cache";

    /// <summary>A product's detail in the data cache (HybridCache); evicted on change before that.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ProductTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A listing page and the category list in the data cache; evicted on change before that.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ListingTtl { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long this node's in-process copy (L1) is kept when Redis is the second level; short, as a
    /// bound on staleness should an invalidation message be lost.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LocalTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary><c>max-age</c> of product and category pages (browsers and the CDN).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PageMaxAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary><c>max-age</c> of cacheable <c>/api</c> reads (products, listings, categories).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ApiMaxAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the output cache keeps a page or <c>/api</c> read; evicted on change before that.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan OutputTtl { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The most the in-process level may hold, in bytes of cached answers (HybridCache sizes entries by
    /// their bytes); past it, entries are compacted away. The default bounds a 1M-product catalog's
    /// hot set, not all of it.
    /// </summary>
    [Range(1L << 20, 64L << 30)]
    public long LocalMaxBytes { get; set; } = 256L << 20;

    /// <summary>
    /// Also keep catalog <c>/api</c> answers in the output cache. Off (the default), they are served
    /// from the data cache through the endpoint, which measured cheaper (19 against 26 µs of CPU per
    /// detail request, docs/BENCHMARKS.md) and, with Redis, saves a network round trip per request.
    /// Pages use the output cache either way.
    /// </summary>
    public bool ApiOutputCache { get; set; }

    /// <summary>How often to log the cache hit and miss totals; <c>00:00:00</c> (the default) logs nothing.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan StatsLogInterval { get; set; } = TimeSpan.Zero;
}
