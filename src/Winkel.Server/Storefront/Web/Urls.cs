using Microsoft.Extensions.Options;

namespace Winkel.Server.Storefront.Web;

/// <summary>The storefront's URL scheme, in one place.</summary>
internal static class Urls
{
    public static string Product(string productId) => $"/p/{Uri.EscapeDataString(productId)}";

    public static string Category(string category) => $"/c/{Uri.EscapeDataString(category)}";

    public static string Order(string orderId) => $"/orders/{Uri.EscapeDataString(orderId)}";

    /// <summary>An absolute URL: on <see cref="StorefrontOptions.PublicBaseUrl"/> when set, else on the request's own address.</summary>
    public static string Absolute(HttpContext context, string path)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<StorefrontOptions>>().Value.PublicBaseUrl;
        var root = string.IsNullOrEmpty(configured) ? $"{context.Request.Scheme}://{context.Request.Host}" : configured.TrimEnd('/');
        return root + path;
    }

    /// <summary>A return address that stays on this site (a path), else the home page.</summary>
    public static string LocalOrHome(string? url) =>
        url is { Length: > 0 and < 2048 } && url[0] == '/' && (url.Length == 1 || url[1] is not '/' and not '\\') ? url : "/";
}
