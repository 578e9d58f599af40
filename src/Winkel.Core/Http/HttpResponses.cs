using Microsoft.AspNetCore.Http;

namespace Winkel.Core.Http;

public static class HttpResponses
{
    /// <summary>For answers about one shopper (carts, orders): never stored by a browser or a CDN.</summary>
    public static void NeverCache(this HttpResponse response) => response.Headers.CacheControl = "private, no-store";

    /// <summary>The options of every cookie Winkel sets: HttpOnly, Secure, SameSite=Lax, for the whole site.</summary>
    public static CookieOptions SecureCookie(TimeSpan? maxAge = null, DateTimeOffset? expires = null) =>
        new() { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, Path = "/", MaxAge = maxAge, Expires = expires };
}
