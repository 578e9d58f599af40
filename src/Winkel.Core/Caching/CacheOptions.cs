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

    /// <summary>How often to log the cache hit and miss totals; <c>00:00:00</c> (the default) logs nothing.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan StatsLogInterval { get; set; } = TimeSpan.Zero;
}
