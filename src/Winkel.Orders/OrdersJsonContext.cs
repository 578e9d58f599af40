using System.Text.Json;
using System.Text.Json.Serialization;
using Winkel.Orders.Orders;

namespace Winkel.Orders;

/// <summary>Source-generated JSON for orders on the wire and in stores (camelCase, as the contract).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(OrderStatus))]
[JsonSerializable(typeof(OrderListResponse))]
public sealed partial class OrdersJsonContext : JsonSerializerContext;

public sealed record OrderListResponse(IReadOnlyList<Order> Items);
