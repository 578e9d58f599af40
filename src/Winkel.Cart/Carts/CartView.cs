namespace Winkel.Cart.Carts;

/// <summary>A cart as shown to its owner: catalog names and current prices, totals in the cart's currency.</summary>
public sealed record CartView(
    string? CartId,
    IReadOnlyList<CartItemView> Items,
    decimal Subtotal,
    string Currency,
    long? ExpiresAt)
{
    public static CartView Empty { get; } = new(null, [], 0m, Core.Money.DefaultCurrency, null);
}

public sealed record CartItemView(string ProductId, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);
