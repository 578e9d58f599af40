using System.ComponentModel.DataAnnotations;

namespace Winkel.Orders;

/// <summary>Settings under <c>Winkel:Orders</c>.</summary>
public sealed class OrdersOptions
{
    public const string Section = "Winkel:Orders";

    public static readonly string[] DefaultShippingCountries = ["NL", "BE", "DE", "FR", "LU", "AT"];

    /// <summary>
    /// ISO 3166-1 alpha-2 codes of the countries the store ships to; empty means <see cref="DefaultShippingCountries"/>.
    /// (The default is not the property's initial value because configuration binding appends to arrays.)
    /// </summary>
    public string[] ShippingCountries { get; set; } = [];

    public IReadOnlyList<string> ShipsTo => ShippingCountries.Length == 0 ? DefaultShippingCountries : ShippingCountries;

    [Range(typeof(decimal), "0", "1000")]
    public decimal ShippingFee { get; set; } = 4.95m;

    /// <summary>Orders with a subtotal of at least this ship for free.</summary>
    [Range(typeof(decimal), "0", "1000000")]
    public decimal FreeShippingFrom { get; set; } = 25m;

    /// <summary>How long an unpaid order holds its stock before it is cancelled.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "2.00:00:00")]
    public TimeSpan ReservationWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long after checkout an order still <c>pending_payment</c> is looked up at the payment provider
    /// (for a webhook that never came). Keep it below <see cref="ReservationWindow"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReconcilePaymentsAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the reconciliation job runs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long Idempotency-Key records are kept (the contract asks at least 24 hours).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "30.00:00:00")]
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(48);
}
