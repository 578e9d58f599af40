using Microsoft.AspNetCore.Http;
using Winkel.Core.Http;
using Winkel.Identity;

namespace Winkel.Cart.Carts;

/// <summary>
/// Whose cart a request reaches, for the JSON API and the storefront pages alike: the signed-in
/// customer's, else the guest cart of the token in <c>X-Cart-Token</c> or the <c>winkel_cart</c> cookie.
/// </summary>
public static class CartOwners
{
    public const string TokenHeader = "X-Cart-Token";
    public const string TokenCookie = "winkel_cart";

    /// <summary>The signed-in customer, else the guest cart of a valid token sent by the client, else null.</summary>
    public static string? OwnerOf(HttpContext context) =>
        context.User.CustomerIdOrNull() ?? (GuestTokenOf(context) is { } token ? CartService.GuestOwnerId(token) : null);

    /// <summary>The valid guest cart token the request carries (header first, then cookie), or null.</summary>
    public static string? GuestTokenOf(HttpContext context)
    {
        var header = context.Request.Headers[TokenHeader].ToString();
        if (CartService.IsGuestToken(header))
        {
            return header;
        }
        return context.Request.Cookies.TryGetValue(TokenCookie, out var cookie) && CartService.IsGuestToken(cookie) ? cookie : null;
    }

    /// <summary>Who writes: the customer, or a guest with the token sent (or a new one if none was sent).</summary>
    public static CartWriter WriterOf(HttpContext context)
    {
        if (context.User.CustomerIdOrNull() is { } customerId)
        {
            return new CartWriter(customerId, GuestToken: null);
        }
        var token = GuestTokenOf(context) ?? CartService.NewGuestToken();
        return new CartWriter(CartService.GuestOwnerId(token), token);
    }

    /// <summary>A guest's token (new or renewed) is sent back only when the write was made.</summary>
    public static void Remember(HttpContext context, CartWriter writer, CartResult result, CartOptions options)
    {
        if (result.Outcome == CartOutcome.Updated && writer.GuestToken is { } token)
        {
            context.Response.Headers[TokenHeader] = token;
            context.Response.Cookies.Append(TokenCookie, token, HttpResponses.SecureCookie(maxAge: options.Lifetime));
        }
    }

    internal static void ExpireGuestCookie(HttpContext context) =>
        context.Response.Cookies.Delete(TokenCookie, HttpResponses.SecureCookie());
}

/// <summary>The owner a cart write goes to, and the guest token to send back (null for a customer).</summary>
public readonly record struct CartWriter(string OwnerId, string? GuestToken);
