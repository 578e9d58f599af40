using System.Text.Json.Serialization;

namespace Winkel.Orders.Orders;

/// <summary>The statuses of an order, as the contract names them on the wire.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderStatus>))]
public enum OrderStatus
{
    [JsonStringEnumMemberName("pending_payment")]
    PendingPayment,

    [JsonStringEnumMemberName("paid")]
    Paid,

    [JsonStringEnumMemberName("payment_failed")]
    PaymentFailed,

    [JsonStringEnumMemberName("cancelled")]
    Cancelled,

    [JsonStringEnumMemberName("shipped")]
    Shipped,

    [JsonStringEnumMemberName("delivered")]
    Delivered,

    [JsonStringEnumMemberName("refunded")]
    Refunded,
}

public static class OrderStatuses
{
    /// <summary>The status as the contract writes it, e.g. <c>pending_payment</c>.</summary>
    public static string ToWire(this OrderStatus status) =>
        System.Text.Json.JsonSerializer.Serialize(status, OrdersJsonContext.Default.OrderStatus).Trim('"');
}

/// <summary>
/// Every allowed move between statuses, in one place. Anything else is refused (409). Stock goes back
/// on the moves into <see cref="OrderStatus.PaymentFailed"/> and <see cref="OrderStatus.Cancelled"/>.
/// </summary>
public static class OrderTransitions
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.PendingPayment] = [OrderStatus.Paid, OrderStatus.PaymentFailed, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.Refunded],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.Refunded],
        [OrderStatus.Delivered] = [OrderStatus.Refunded],
        [OrderStatus.PaymentFailed] = [],
        [OrderStatus.Cancelled] = [],
        [OrderStatus.Refunded] = [],
    };

    public static bool CanMove(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);

    /// <summary>Moves that end the reservation and give the order's stock back.</summary>
    public static bool ReturnsStock(OrderStatus from, OrderStatus to) =>
        to is OrderStatus.PaymentFailed || (to is OrderStatus.Cancelled && from is OrderStatus.PendingPayment or OrderStatus.Paid);
}
