using System.ComponentModel.DataAnnotations;

namespace Winkel.Server.Storefront;

/// <summary>Settings under <c>Winkel:Storefront</c>.</summary>
public sealed class StorefrontOptions
{
    public const string Section = "Winkel:Storefront";

    /// <summary>
    /// The public address of the store (e.g. <c>https://winkel.example</c>) for canonical URLs, Open
    /// Graph tags and the sitemap; empty means the address of each request.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Product URLs per sitemap file (the protocol allows 50,000).</summary>
    [Range(100, 50_000)]
    public int SitemapPageSize { get; set; } = 10_000;
}
