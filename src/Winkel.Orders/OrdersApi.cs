using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Winkel.Core;
using Winkel.Core.Http;
using Winkel.Orders.Checkout;
using Winkel.Orders.Orders;
using Winkel.Orders.Storage;

namespace Winkel.Orders;

/// <summary>Checkout and the caller's orders. A guest is the holder of a cart token, as for the cart.</summary>
public static class OrdersApi
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private const int MaxOrdersListed = 100;

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").WithTags("Orders");
        orders.MapPost("/", PlaceOrder).WithName(nameof(PlaceOrder)).Accepts<JsonElement>("application/json")
            .Produces<Order>(StatusCodes.Status201Created);
        orders.MapGet("/", ListOrders).WithName(nameof(ListOrders));
        orders.MapGet("/{orderId}", GetOrder).WithName(nameof(GetOrder));
        orders.MapPost("/{orderId}/cancel", CancelOrder).WithName(nameof(CancelOrder));
        return app;
    }

    public static async Task<IResult> PlaceOrder(
        HttpContext context, CheckoutService checkout, IOptions<OrdersOptions> options, CancellationToken cancellationToken)
    {
        context.Response.NeverCache();
        var key = context.Request.Headers[IdempotencyHeader].ToString();
        if (key.Length is 0 or > 255)
        {
            return Problems.Validation(IdempotencyHeader, "is required: 1 to 255 characters that identify this order attempt.");
        }
        var raw = await ReadBodyAsync(context.Request, cancellationToken);
        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(raw);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Problems.Validation("body", "is not valid JSON.");
        }
        if (CardNumbers.FindIn(body) is { } field)
        {
            // The value itself is neither echoed, stored nor logged.
            return Problems.Validation(field.Length == 0 ? "body" : field,
                "looks like a card number. Send a payment-method token (pm_…) instead; card data never reaches this store.");
        }
        var caller = OrderCaller.Of(context);
        var errors = new FieldErrors();
        var request = CheckoutRequest.Read(body, options.Value.ShipsTo, emailRequired: caller?.CustomerId is null, errors);
        if (request is null)
        {
            return Problems.Validation(errors);
        }
        if (caller is null)
        {
            return Problems.Validation("cart", "is empty: there is no cart token or session on this request.");
        }
        var response = await checkout.CheckoutAsync(caller, key, raw, request, cancellationToken);
        if (response.Status == StatusCodes.Status201Created)
        {
            var orderId = JsonDocument.Parse(response.Body).RootElement.GetProperty("orderId").GetString();
            context.Response.Headers.Location = $"/api/orders/{orderId}";
        }
        return Results.Content(response.Body, response.ContentType, System.Text.Encoding.UTF8, response.Status);
    }

    public static async Task<Ok<OrderListResponse>> ListOrders(HttpContext context, IOrderStore orders, CancellationToken cancellationToken)
    {
        context.Response.NeverCache();
        var caller = OrderCaller.Of(context);
        var items = caller is null ? [] : await orders.ListForOwnerAsync(caller.OwnerId, MaxOrdersListed, cancellationToken);
        return TypedResults.Ok(new OrderListResponse(items));
    }

    public static async Task<Results<Ok<Order>, ProblemHttpResult>> GetOrder(
        string orderId, HttpContext context, IOrderStore orders, CancellationToken cancellationToken)
    {
        context.Response.NeverCache();
        var order = OrderCaller.Of(context) is { } caller ? await orders.GetForOwnerAsync(orderId, caller.OwnerId, cancellationToken) : null;
        return order is null ? OrderNotFound(orderId) : TypedResults.Ok(order);
    }

    public static async Task<Results<Ok<Order>, ProblemHttpResult>> CancelOrder(
        string orderId, HttpContext context, IOrderStore orders, OrderActions actions, CancellationToken cancellationToken)
    {
        context.Response.NeverCache();
        if (OrderCaller.Of(context) is not { } caller || await orders.GetForOwnerAsync(orderId, caller.OwnerId, cancellationToken) is null)
        {
            return OrderNotFound(orderId);
        }
        return ToHttp(await actions.CancelAsync(orderId, cancellationToken), orderId);
    }

    internal static Results<Ok<Order>, ProblemHttpResult> ToHttp(OrderActionResult result, string orderId) => result.Outcome switch
    {
        OrderActionOutcome.Done => TypedResults.Ok(result.Order!),
        OrderActionOutcome.NotFound => Problems.NotFound("Order not found", $"There is no order '{orderId}'."),
        OrderActionOutcome.Refused => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Refused", type: Problems.Type("payment-refused")),
        _ => Problems.Conflict("order-state", "Not possible in this status", result.Message!),
    };

    internal static ProblemHttpResult OrderNotFound(string orderId) =>
        Problems.NotFound("Order not found", $"There is no order '{orderId}' of yours.");

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
