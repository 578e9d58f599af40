namespace Winkel.Server.Storefront.Web;

/// <summary>How a page may be cached, declared on the page with <c>@attribute [PageCache(PageClass.…)]</c>.</summary>
internal enum PageClass
{
    /// <summary>About one shopper (cart, checkout, account, admin): never stored anywhere. The default.</summary>
    Private,

    /// <summary>The same for every visitor of a language (home, category, product, search): CDN-cacheable for 15 minutes.</summary>
    Public,
}

[AttributeUsage(AttributeTargets.Class)]
internal sealed class PageCacheAttribute(PageClass pageClass) : Attribute
{
    public PageClass PageClass => pageClass;
}

/// <summary>
/// The one place that turns a page's <see cref="PageClass"/> into Cache-Control (the design's table:
/// public pages 15 minutes with Vary on the language, everything else <c>private, no-store</c>). Only
/// successful answers are public; a public page that set its own Cache-Control keeps it.
/// </summary>
internal sealed class PageCaching(RequestDelegate next)
{
    public const string PublicPage = "public, max-age=900";
    public const string PrivatePage = "private, no-store";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is { } component)
        {
            var pageClass = component.Type.GetCustomAttributes(typeof(PageCacheAttribute), inherit: false) is [PageCacheAttribute declared, ..]
                ? declared.PageClass
                : PageClass.Private;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var isPublic = pageClass == PageClass.Public
                    && context.Response.StatusCode == StatusCodes.Status200OK
                    && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));
                if (!isPublic)
                {
                    // Replaces the antiforgery's "no-cache, no-store" with the design's wording (no-store either way).
                    headers.CacheControl = PrivatePage;
                    headers.Pragma = default;
                }
                else if (headers.CacheControl.Count == 0)
                {
                    headers.CacheControl = PublicPage;
                    // The language comes from the choice cookie, else Accept-Language (a CDN keys on both).
                    headers.Vary = "Accept-Language, Cookie";
                }
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}
