using System.ComponentModel.DataAnnotations;

namespace Winkel.Cart;

/// <summary>Settings under <c>Winkel:Cart</c>.</summary>
public sealed class CartOptions
{
    public const string Section = "Winkel:Cart";

    /// <summary>The most of one product a cart line may hold.</summary>
    public const int MaxQuantity = 99;

    /// <summary>A cart expires this long after its last write.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The most distinct products in one cart. Checkout on DynamoDB writes every line, the change record,
    /// the order, the idempotency record and the cart delete in one transaction of at most 100 items, hence
    /// at most 96 there (the DynamoDB adapter refuses more at start).
    /// </summary>
    [Range(1, 97)]
    public int MaxLines { get; set; } = 50;

    /// <summary>How often expired carts are deleted in the background.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}
