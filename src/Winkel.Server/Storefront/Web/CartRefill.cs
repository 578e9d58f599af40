using Microsoft.Extensions.Options;
using Winkel.Cart;
using Winkel.Cart.Carts;
using Winkel.Orders.Orders;

namespace Winkel.Server.Storefront.Web;

/// <summary>
/// Checkout empties the cart when it places the order; when the payment then fails, the shopper gets
/// the order's items back in the cart to try again with another method.
/// </summary>
internal sealed class CartRefill(CartService carts, IOptions<CartOptions> options)
{
    public async Task RefillAsync(HttpContext context, Order order)
    {
        var writer = CartOwners.WriterOf(context);
        foreach (var line in order.Items)
        {
            var result = await carts.AddAsync(writer.OwnerId, line.ProductId, line.Quantity, context.RequestAborted);
            CartOwners.Remember(context, writer, result, options.Value);
        }
    }
}
