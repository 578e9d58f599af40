using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Winkel.Orders;

/// <summary>
/// The business SLIs of checkout, on the <c>Winkel.Orders</c> meter (exported at <c>/metrics</c>; names in
/// docs/observability.md). Tags carry outcomes only, never customer or order data.
/// </summary>
public static class OrderMetrics
{
    public const string Name = "Winkel.Orders";

    /// <summary>Spans of checkout and order moves.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Placed = Meter.CreateCounter<long>(
        "winkel.orders.placed", "{order}", "Orders placed: stock reserved, payment not yet known");

    // Prometheus has no decimal: the amount becomes a double only here, at the edge of the metric.
    private static readonly Counter<double> Revenue = Meter.CreateCounter<double>(
        "winkel.orders.revenue", "{EUR}", "Order totals in EUR (VAT included) of orders that were paid");

    private static readonly Counter<long> Outcomes = Meter.CreateCounter<long>(
        "winkel.checkout.outcomes", "{checkout}", "Checkouts by how they ended: paid, declined, out_of_stock, three_ds_abandoned");

    private static readonly Counter<long> StockOuts = Meter.CreateCounter<long>(
        "winkel.orders.stock_outs", "{product}", "Products a checkout wanted more of than was in stock");

    /// <summary>How a checkout ended, as the <c>outcome</c> tag writes it.</summary>
    public static class Outcome
    {
        public const string Paid = "paid";
        public const string Declined = "declined";
        public const string OutOfStock = "out_of_stock";
        public const string ThreeDsAbandoned = "three_ds_abandoned";
    }

    public static void OrderPlaced() => Placed.Add(1);

    public static void OrderPaid(decimal totalEur)
    {
        Revenue.Add((double)totalEur);
        CheckoutEnded(Outcome.Paid);
    }

    public static void CheckoutEnded(string outcome) => Outcomes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public static void OutOfStock(int products)
    {
        StockOuts.Add(products);
        CheckoutEnded(Outcome.OutOfStock);
    }
}
