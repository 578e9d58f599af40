using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Winkel.Core.Caching;
using Winkel.Core.Http;

namespace Winkel.Server.Platform.Edge;

/// <summary>
/// Writes the headers the CDN and browsers rely on, just before each response starts:
/// the security headers (unless the endpoint set its own), <c>Cache-Control</c> by route class
/// (<see cref="HttpCacheMetadata"/>; <c>private, no-store</c> when unclassified), <c>no-store</c> on
/// every 4xx/5xx so a cache never serves one client's error to everyone, and <c>Vary</c>. A strong
/// ETag on an answer the compression middleware encoded gets the coding appended (<c>"…-br"</c>), as
/// the representation differs; the suffix is taken off <c>If-None-Match</c> on the way in, so every
/// comparison further in sees the plain ETag.
/// </summary>
internal sealed class EdgeHeaders
{
    private readonly RequestDelegate _next;
    private readonly string _contentSecurityPolicy;
    private readonly string? _hsts;
    private readonly string _apiCacheControl;
    private readonly string _pageCacheControl;
    private readonly Func<object, Task> _onStarting;

    public EdgeHeaders(RequestDelegate next, IOptions<ContentSecurityPolicy> csp, IOptions<SecurityHeaderOptions> security,
        IOptions<CacheOptions> cache, IHostEnvironment environment)
    {
        _next = next;
        _onStarting = state => OnStarting((HttpContext)state);
        var policy = csp.Value;
        foreach (var (directive, sources) in security.Value.ContentSecurityPolicy)
        {
            foreach (var source in sources)
            {
                policy.Add(directive, source);
            }
        }
        _contentSecurityPolicy = policy.ToString();
        _hsts = security.Value.Hsts && !environment.IsDevelopment()
            ? $"max-age={(long)security.Value.HstsMaxAge.TotalSeconds}; includeSubDomains"
            : null;
        _apiCacheControl = $"public, max-age={(long)cache.Value.ApiMaxAge.TotalSeconds}";
        _pageCacheControl = $"public, max-age={(long)cache.Value.PageMaxAge.TotalSeconds}";
    }

    public Task InvokeAsync(HttpContext context)
    {
        StripCodingFromIfNoneMatch(context.Request);
        context.Response.OnStarting(_onStarting, context);
        return _next(context);
    }

    private Task OnStarting(HttpContext context)
    {
        var response = context.Response;
        var headers = response.Headers;
        AddIfMissing(headers, HeaderNames.XContentTypeOptions, "nosniff");
        AddIfMissing(headers, HeaderNames.XFrameOptions, "DENY");
        AddIfMissing(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
        AddIfMissing(headers, HeaderNames.ContentSecurityPolicy, _contentSecurityPolicy);
        if (_hsts is not null)
        {
            AddIfMissing(headers, HeaderNames.StrictTransportSecurity, _hsts);
        }

        if (response.StatusCode >= 400)
        {
            headers.CacheControl = "no-store";
            headers.Remove(HeaderNames.ETag);
            return Task.CompletedTask;
        }
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<HttpCacheMetadata>();
        var cacheClass = metadata?.Class ?? HttpCacheClass.Private;
        if (StringValues.IsNullOrEmpty(headers.CacheControl))
        {
            var safe = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            headers.CacheControl = !safe || !StringValues.IsNullOrEmpty(headers.SetCookie) ? "private, no-store" : cacheClass switch
            {
                HttpCacheClass.ApiRead => _apiCacheControl,
                HttpCacheClass.CatalogPage => _pageCacheControl,
                _ => "private, no-store",
            };
        }
        else if (!StringValues.IsNullOrEmpty(headers.SetCookie) && headers.CacheControl.ToString().Contains("public", StringComparison.Ordinal))
        {
            headers.CacheControl = "private, no-store"; // a Set-Cookie must never be cached for everyone
        }
        if (cacheClass == HttpCacheClass.CatalogPage)
        {
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        }
        if (metadata is not null && headers.ContentEncoding is [var coding] && headers.ETag is [{ } etag] && IsStrong(etag))
        {
            var suffix = coding == "br" ? "-br" : coding == "gzip" ? "-gz" : null;
            if (suffix is not null)
            {
                headers.ETag = string.Concat(etag.AsSpan(0, etag.Length - 1), suffix, "\"");
            }
        }
        return Task.CompletedTask;
    }

    private static bool IsStrong(string? etag) => etag is { Length: > 2 } && etag[0] == '"' && etag[^1] == '"';

    private static void AddIfMissing(IHeaderDictionary headers, string name, string value)
    {
        if (!headers.ContainsKey(name))
        {
            headers[name] = value;
        }
    }

    private static void StripCodingFromIfNoneMatch(HttpRequest request)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0)
        {
            return;
        }
        var value = header.ToString();
        if (value.Contains("-br\"", StringComparison.Ordinal) || value.Contains("-gz\"", StringComparison.Ordinal))
        {
            request.Headers.IfNoneMatch = value.Replace("-br\"", "\"", StringComparison.Ordinal).Replace("-gz\"", "\"", StringComparison.Ordinal);
        }
    }
}
