using Microsoft.Extensions.Options;
using Winkel.Cart.Carts;
using Winkel.Catalog.Storage;
using Winkel.Orders;
using Winkel.Orders.Orders;

namespace Winkel.Server.Storefront.Web;

/// <summary>The totals a cart would have as an order (VAT per rate, shipping), priced by the orders module's own rules.</summary>
internal sealed class CartPricing(ICatalogStore catalog, IOptions<OrdersOptions> options)
{
    public async Task<CartTotals> PriceAsync(CartView cart, CancellationToken cancellationToken)
    {
        var products = (await catalog.GetManyAsync(cart.Items.Select(i => i.ProductId).ToList(), cancellationToken))
            .ToDictionary(p => p.ProductId, StringComparer.Ordinal);
        var lines = cart.Items
            .Select(i => new OrderLine(i.ProductId, i.Name, i.UnitPrice, i.Quantity, i.LineTotal,
                products.TryGetValue(i.ProductId, out var p) ? p.VatRate : Core.VatRate.Standard))
            .ToList();
        var settings = options.Value;
        var (subtotal, vat, shipping, total) = OrderPricing.Price(lines, settings.ShippingFee, settings.FreeShippingFrom);
        var stock = cart.Items.ToDictionary(i => i.ProductId, i => products.TryGetValue(i.ProductId, out var p) ? p.Stock : 0, StringComparer.Ordinal);
        return new CartTotals(subtotal, vat, shipping, total, settings.FreeShippingFrom, stock);
    }
}

internal sealed record CartTotals(
    decimal Subtotal, IReadOnlyList<VatLine> Vat, decimal Shipping, decimal Total, decimal FreeShippingFrom, IReadOnlyDictionary<string, int> Stock);
