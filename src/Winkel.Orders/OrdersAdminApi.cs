using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Winkel.Core;
using Winkel.Core.Http;
using Winkel.Orders.Orders;

namespace Winkel.Orders;

/// <summary>Admin order actions: ship and refund.</summary>
public static class OrdersAdminApi
{
    private static readonly string[] ShipFields = ["carrier", "trackingCode"];
    private static readonly string[] RefundFields = ["amount"];

    public static IEndpointRouteBuilder MapOrdersAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/orders").WithTags("Orders admin").RequireAuthorization(Policies.Admin);
        admin.MapPost("/{orderId}/ship", ShipOrder).WithName(nameof(ShipOrder));
        admin.MapPost("/{orderId}/refund", RefundOrder).WithName(nameof(RefundOrder));
        return app;
    }

    public static async Task<Results<Ok<Order>, ValidationProblem, ProblemHttpResult>> ShipOrder(
        string orderId, HttpRequest request, OrderActions actions, CancellationToken cancellationToken)
    {
        var fields = JsonBody.Read(await OptionalBodyAsync(request, cancellationToken), ShipFields, []);
        var carrier = fields.Text("carrier", 1, 100, required: false);
        var trackingCode = fields.Text("trackingCode", 1, 100, required: false);
        if (!fields.Errors.IsEmpty)
        {
            return Problems.Validation(fields.Errors);
        }
        return Widen(OrdersApi.ToHttp(await actions.ShipAsync(orderId, carrier, trackingCode, cancellationToken), orderId));
    }

    public static async Task<Results<Ok<Order>, ValidationProblem, ProblemHttpResult>> RefundOrder(
        string orderId, HttpRequest request, OrderActions actions, CancellationToken cancellationToken)
    {
        var body = await OptionalBodyAsync(request, cancellationToken);
        var fields = JsonBody.Read(body, RefundFields, []);
        decimal? amount = null;
        if (fields.Errors.IsEmpty && body.TryGetProperty("amount", out var value) && value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var parsed) && parsed > 0 && Money.HasAtMostTwoDecimals(parsed))
            {
                amount = parsed;
            }
            else
            {
                fields.Errors.Add("amount", "must be a positive amount in euros with at most 2 decimals.");
            }
        }
        if (!fields.Errors.IsEmpty)
        {
            return Problems.Validation(fields.Errors);
        }
        return Widen(OrdersApi.ToHttp(await actions.RefundAsync(orderId, amount, cancellationToken), orderId));
    }

    /// <summary>These bodies are optional: none reads as an empty object.</summary>
    private static async Task<JsonElement> OptionalBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return JsonDocument.Parse("{}").RootElement;
        }
        try
        {
            return (await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken)).RootElement;
        }
        catch (JsonException)
        {
            throw new BadHttpRequestException("The request body is not valid JSON.", StatusCodes.Status400BadRequest, new JsonException());
        }
    }

    private static Results<Ok<Order>, ValidationProblem, ProblemHttpResult> Widen(Results<Ok<Order>, ProblemHttpResult> result) =>
        result.Result switch
        {
            Ok<Order> ok => ok,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("Unexpected result."),
        };
}
