using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Winkel.Core.Http;
using Winkel.Orders.Orders;

namespace Winkel.Server.Admin;

/// <summary>The admin's order actions as plain form posts (antiforgery-checked, admin role), answered with a redirect to the list.</summary>
internal static class AdminForms
{
    public static IEndpointRouteBuilder MapAdminForms(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/orders").RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        admin.MapPost("/{orderId}/ship", Ship);
        admin.MapPost("/{orderId}/refund", Refund);
        return app;
    }

    private static async Task<RedirectHttpResult> Ship(
        string orderId, [FromForm] string? carrier, [FromForm] string? trackingCode, OrderActions actions, HttpContext context)
    {
        var result = await actions.ShipAsync(orderId, Trimmed(carrier), Trimmed(trackingCode), context.RequestAborted);
        return Back(result);
    }

    private static async Task<RedirectHttpResult> Refund(string orderId, [FromForm] string? amount, OrderActions actions, HttpContext context)
    {
        decimal? value = null;
        if (Trimmed(amount) is { } text)
        {
            if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                return TypedResults.Redirect("/admin/orders?done=error&message=" + Uri.EscapeDataString("amount: not a number"));
            }
            value = parsed;
        }
        return Back(await actions.RefundAsync(orderId, value, context.RequestAborted));
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(100, value.Trim().Length)];

    private static RedirectHttpResult Back(OrderActionResult result) =>
        TypedResults.Redirect(result.Outcome == OrderActionOutcome.Done
            ? "/admin/orders?done=ok"
            : "/admin/orders?done=error&message=" + Uri.EscapeDataString(result.Message ?? result.Outcome.ToString()));
}
