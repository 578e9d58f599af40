using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Winkel.Core.Http;

/// <summary>How browsers and the CDN may cache an endpoint's successful answers (docs/architecture.md, HTTP edge).</summary>
public enum HttpCacheClass
{
    /// <summary><c>private, no-store</c>: about one shopper (cart, checkout, account) — the default.</summary>
    Private,

    /// <summary>Short public caching with a strong ETag: catalog <c>/api</c> reads.</summary>
    ApiRead,

    /// <summary>Public for 15 minutes with a strong ETag, varying on language: product and category pages.</summary>
    CatalogPage,
}

/// <summary>Endpoint metadata read by the edge middleware that writes <c>Cache-Control</c>, <c>ETag</c> and <c>Vary</c>.</summary>
public sealed record HttpCacheMetadata(HttpCacheClass Class);

/// <summary>
/// One-line cache rules for endpoints. <see cref="CacheAsCatalogPage{TBuilder}"/> and
/// <see cref="CacheAsApiRead{TBuilder}"/> set the HTTP headers and put the answer in the output cache,
/// tagged from the route values <c>productId</c> and <c>category</c>; an endpoint adds the tags only it
/// knows (the products on a page, a product's category) with <see cref="TagOutputCache(HttpContext, string)"/>.
/// </summary>
public static class HttpCaching
{
    /// <summary>Output-cache policy of product and category pages.</summary>
    public const string CatalogPagePolicy = "catalog-page";

    /// <summary>Output-cache policy of cacheable <c>/api</c> reads.</summary>
    public const string ApiReadPolicy = "api-read";

    public static TBuilder CacheAsCatalogPage<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new HttpCacheMetadata(HttpCacheClass.CatalogPage)).CacheOutput(CatalogPagePolicy);

    public static TBuilder CacheAsApiRead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new HttpCacheMetadata(HttpCacheClass.ApiRead)).CacheOutput(ApiReadPolicy);

    /// <summary>Headers only (no output cache), for reads that cache their data themselves.</summary>
    public static TBuilder CacheHeaders<TBuilder>(this TBuilder builder, HttpCacheClass cacheClass) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new HttpCacheMetadata(cacheClass));

    /// <summary>Adds a tag (see <c>CacheTags</c>) to the answer being output-cached; nothing when it is not cached.</summary>
    public static void TagOutputCache(this HttpContext context, string tag)
    {
        if (context.Features.Get<IOutputCacheFeature>() is { } feature)
        {
            feature.Context.Tags.Add(tag);
        }
    }

    public static void TagOutputCache(this HttpContext context, IEnumerable<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>() is { } feature)
        {
            foreach (var tag in tags)
            {
                feature.Context.Tags.Add(tag);
            }
        }
    }
}
