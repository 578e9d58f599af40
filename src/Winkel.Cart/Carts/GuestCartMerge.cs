using Microsoft.AspNetCore.Http;
using Winkel.Core;

namespace Winkel.Cart.Carts;

/// <summary>At sign-in, the guest cart the request carried moves into the customer's cart and its cookie is dropped.</summary>
internal sealed class GuestCartMerge(CartService carts) : ISignInObserver
{
    public async Task OnSignedInAsync(string customerId, HttpContext context, CancellationToken cancellationToken)
    {
        if (CartOwners.GuestTokenOf(context) is { } guestToken)
        {
            await carts.MergeAsync(CartService.GuestOwnerId(guestToken), customerId, cancellationToken);
            CartOwners.ExpireGuestCookie(context);
        }
    }
}
