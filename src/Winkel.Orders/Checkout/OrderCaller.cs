using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Winkel.Cart.Carts;
using Winkel.Identity;

namespace Winkel.Orders.Checkout;

/// <summary>
/// Who is ordering: a customer (<see cref="CustomerId"/> set) or a guest, whose orders and cart are
/// reached through the cart token (<see cref="OwnerId"/> is then the guest cart's owner id).
/// </summary>
public sealed record OrderCaller(string OwnerId, string? CustomerId, string? AccountEmail)
{
    /// <summary>The signed-in customer, or a guest with a cart token; null for neither. The API and the pages both ask this.</summary>
    public static OrderCaller? Of(HttpContext context)
    {
        if (context.User.CustomerIdOrNull() is { } customerId)
        {
            return new OrderCaller(customerId, customerId, context.User.FindFirstValue(ClaimTypes.Email));
        }
        return CartOwners.GuestTokenOf(context) is { } token ? new OrderCaller(CartService.GuestOwnerId(token), null, null) : null;
    }
}
