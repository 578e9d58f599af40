using Winkel.Core;

namespace Winkel.Orders.Orders;

/// <summary>
/// Totals of an order. Shelf prices include VAT, so the VAT of each rate is the part of that rate's
/// gross amount: gross × rate / (100 + rate), rounded half-even per rate. Shipping is taxed at the
/// standard rate and is free from <see cref="OrdersOptions.FreeShippingFrom"/>.
/// </summary>
public static class OrderPricing
{
    public const decimal StandardRate = 21m;
    public const decimal ReducedRate = 9m;

    public static decimal PercentOf(VatRate rate) => rate == VatRate.Reduced ? ReducedRate : StandardRate;

    public static (decimal Subtotal, IReadOnlyList<VatLine> Vat, decimal Shipping, decimal Total) Price(
        IReadOnlyList<OrderLine> lines, decimal shippingFee, decimal freeShippingFrom)
    {
        var subtotal = Money.Round(lines.Sum(l => l.LineTotal));
        var shipping = subtotal >= freeShippingFrom ? 0m : shippingFee;
        var grossByRate = lines
            .GroupBy(l => PercentOf(l.VatRate))
            .ToDictionary(g => g.Key, g => g.Sum(l => l.LineTotal));
        if (shipping > 0)
        {
            grossByRate[StandardRate] = grossByRate.GetValueOrDefault(StandardRate) + shipping;
        }
        var vat = grossByRate
            .OrderByDescending(g => g.Key)
            .Select(g => new VatLine(g.Key, Money.Round(g.Value * g.Key / (100m + g.Key))))
            .ToList();
        return (subtotal, vat, shipping, Money.Round(subtotal + shipping));
    }
}
