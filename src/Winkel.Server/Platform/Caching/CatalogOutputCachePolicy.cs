using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Winkel.Core.Caching;

namespace Winkel.Server.Platform.Caching;

/// <summary>
/// The output-cache policies of <see cref="Core.Http.HttpCaching"/>: GET and HEAD answers with status 200
/// and no cookie set are kept for <see cref="CacheOptions.OutputTtl"/>, tagged from the route values
/// <c>productId</c> and <c>category</c> (endpoints add the tags only they know). Pages vary by language
/// and are never served to or stored from a request that carries a session, cart or Authorization:
/// a page may show who is signed in or what is in the cart. <c>/api</c> reads are the same for everyone.
/// </summary>
internal sealed class CatalogOutputCachePolicy(bool isPage, IOptions<CacheOptions> options) : IOutputCachePolicy
{
    private static readonly string[] PrivateCookies = ["winkel_session", "winkel_cart"];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (isPage && cacheable)
        {
            cacheable = !request.Headers.ContainsKey(HeaderNames.Authorization)
                && !PrivateCookies.Any(request.Cookies.ContainsKey);
        }
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.Value.OutputTtl;
        context.CacheVaryByRules.QueryKeys = "*";
        if (isPage)
        {
            context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptLanguage;
            context.CacheVaryByRules.VaryByValues["culture"] =
                context.HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? CultureInfo.CurrentUICulture.Name;
        }
        var routeValues = context.HttpContext.Request.RouteValues;
        if (routeValues.TryGetValue("productId", out var productId) && productId is string id)
        {
            context.Tags.Add(CacheTags.Product(id));
        }
        if (routeValues.TryGetValue("category", out var category) && category is string name)
        {
            context.Tags.Add(CacheTags.Listings(name));
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        CacheMetrics.Hit("output");
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        if (context.AllowCacheLookup)
        {
            CacheMetrics.Miss("output");
        }
        return ValueTask.CompletedTask;
    }
}
