using System.ComponentModel.DataAnnotations;

namespace Winkel.Catalog;

/// <summary>Settings under <c>Winkel:Catalog</c>.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Winkel:Catalog";

    /// <summary>Load the demo catalog on a start with an empty catalog (<c>Winkel:Catalog:Demo</c>).</summary>
    public bool Demo { get; set; } = true;

    /// <summary>How many demo products to load.</summary>
    [Range(1, 1_000_000)]
    public int DemoProductCount { get; set; } = 2_400;

    /// <summary>How often change-feed consumers look for changes written by other processes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ChangeFeedPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long change records are kept; a durable consumer stopped for longer must rebuild.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan ChangeFeedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The largest JSON Lines body <c>POST /api/admin/products/import</c> accepts.</summary>
    [Range(1024, long.MaxValue)]
    public long ImportMaxBytes { get; set; } = 1L << 30;

    /// <summary>How many failed lines an import reports one by one; the rest are only counted.</summary>
    [Range(1, 100_000)]
    public int ImportMaxReportedFailures { get; set; } = 1_000;
}
