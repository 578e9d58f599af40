namespace Winkel.Cart.Carts;

/// <summary>
/// A cart, keyed by its owner: a customer id (<c>c_…</c>) or a guest token (<c>g_…</c>). It holds
/// product ids and quantities only — prices are always read from the catalog when the cart is shown.
/// <see cref="Version"/> guards against lost updates: a save succeeds only over the version it read.
/// </summary>
public sealed record Cart(
    string OwnerId,
    string CartId,
    IReadOnlyList<CartLine> Lines,
    long CreatedAt,
    long UpdatedAt,
    long ExpiresAt,
    long Version)
{
    public int QuantityOf(string productId) => Lines.FirstOrDefault(l => l.ProductId == productId)?.Quantity ?? 0;

    /// <summary>The cart with <paramref name="productId"/> at <paramref name="quantity"/> (0 removes the line); order of lines kept.</summary>
    public Cart WithQuantity(string productId, int quantity, long now)
    {
        var lines = Lines.Where(l => l.ProductId != productId || quantity > 0)
            .Select(l => l.ProductId == productId ? l with { Quantity = quantity } : l)
            .ToList();
        if (quantity > 0 && !Lines.Any(l => l.ProductId == productId))
        {
            lines.Add(new CartLine(productId, quantity, now));
        }
        return this with { Lines = lines };
    }
}

public sealed record CartLine(string ProductId, int Quantity, long AddedAt);
