namespace Winkel.Orders.Checkout;

/// <summary>
/// Who is ordering: a customer (<see cref="CustomerId"/> set) or a guest, whose orders and cart are
/// reached through the cart token (<see cref="OwnerId"/> is then the guest cart's owner id).
/// </summary>
public sealed record OrderCaller(string OwnerId, string? CustomerId, string? AccountEmail);
