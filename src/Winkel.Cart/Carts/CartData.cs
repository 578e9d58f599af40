using Winkel.Cart.Storage;
using Winkel.Core;

namespace Winkel.Cart.Carts;

/// <summary>The cart module's share of GDPR access and erasure: the customer's cart.</summary>
internal sealed class CartData(ICartStore carts, TimeProvider time) : IPersonalDataContributor
{
    public string Section => "carts";

    public async Task<object?> ExportAsync(string customerId, CancellationToken cancellationToken)
    {
        var cart = await carts.GetAsync(customerId, time.Now(), cancellationToken);
        return cart is null ? Array.Empty<Cart>() : new[] { cart };
    }

    public Task EraseAsync(string customerId, CancellationToken cancellationToken) => carts.DeleteAsync(customerId, cancellationToken);
}
