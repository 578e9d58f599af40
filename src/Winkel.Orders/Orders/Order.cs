using Winkel.Core;

namespace Winkel.Orders.Orders;

/// <summary>
/// An order in the contract's shape. Amounts are EUR, VAT included, rounded half-even to cents.
/// <see cref="CustomerId"/> is null for a guest's order, which its cart token reaches instead.
/// </summary>
public sealed record Order(
    string OrderId,
    string? CustomerId,
    OrderStatus Status,
    IReadOnlyList<OrderLine> Items,
    decimal Subtotal,
    IReadOnlyList<VatLine> Vat,
    decimal Shipping,
    decimal Total,
    string Currency,
    ShippingAddress ShippingAddress,
    string? Email,
    OrderPayment Payment,
    long CreatedAt,
    long Timestamp,
    long ReservedUntil,
    decimal Refunded = 0m,
    Shipment? Shipment = null);

public sealed record OrderLine(string ProductId, string Name, decimal UnitPrice, int Quantity, decimal LineTotal, VatRate VatRate);

/// <summary>The VAT contained in the order's amounts at one rate (21 or 9 percent).</summary>
public sealed record VatLine(decimal Rate, decimal Amount);

public sealed record ShippingAddress(string Name, string Street, string PostalCode, string City, string Country);

/// <summary>The payment of an order: <c>pending</c>, <c>succeeded</c>, <c>requires_action</c>, <c>failed</c> or <c>canceled</c>.</summary>
public sealed record OrderPayment(string Status, string? PaymentId, PaymentNextAction? NextAction);

public sealed record Shipment(string? Carrier, string? TrackingCode, long ShippedAt);

public sealed record PaymentNextAction(string RedirectUrl);
