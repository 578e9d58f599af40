using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Winkel.Core.Http;
using Winkel.Orders.Orders;

namespace Winkel.Orders.Checkout;

/// <summary>
/// The answer to a checkout exactly as sent — status, media type and body — so that a request repeated
/// with the same Idempotency-Key can be answered byte for byte the same.
/// </summary>
public sealed record CheckoutResponse(int Status, string ContentType, string Body)
{
    private const string ProblemJson = "application/problem+json";

    public static CheckoutResponse Created(Order order) =>
        new(StatusCodes.Status201Created, "application/json", JsonSerializer.Serialize(order, OrdersJsonContext.Default.Order));

    public static CheckoutResponse Problem(int status, string name, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Type = Problems.Type(name), Title = title, Status = status, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }
        return new(status, ProblemJson, JsonSerializer.Serialize(problem, JsonSerializerOptions.Web));
    }
}
