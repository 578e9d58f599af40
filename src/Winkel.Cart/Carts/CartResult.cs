namespace Winkel.Cart.Carts;

public enum CartOutcome
{
    Updated,
    ProductNotFound,
    Invalid,
    OutOfStock,
    Conflict,
}

/// <summary>The outcome of a cart write: the new cart, or why it was refused.</summary>
public sealed record CartResult(CartOutcome Outcome, CartView? Cart = null, string? Field = null, string? Message = null)
{
    public static CartResult Updated(CartView cart) => new(CartOutcome.Updated, cart);

    public static CartResult Invalid(string field, string message) => new(CartOutcome.Invalid, Field: field, Message: message);
}
