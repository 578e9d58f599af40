using System.Diagnostics.Metrics;

namespace Winkel.Cart;

/// <summary>
/// Cart abandonment on the <c>Winkel.Cart</c> meter: carts created, and carts that expired still
/// holding items (counted by the sweeper). Abandonment = abandoned ÷ created over the same window.
/// </summary>
internal static class CartMetrics
{
    public const string Name = "Winkel.Cart";

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Created = Meter.CreateCounter<long>(
        "winkel.carts.created", "{cart}", "Carts created (the first item put in)");

    private static readonly Counter<long> Abandoned = Meter.CreateCounter<long>(
        "winkel.carts.abandoned", "{cart}", "Carts that expired while holding items");

    public static void CartCreated() => Created.Add(1);

    public static void CartsAbandoned(int count) => Abandoned.Add(count);
}
