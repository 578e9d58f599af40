using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Core.Http;
using Winkel.Payments.TestProvider;
using Winkel.Payments.Webhooks;

namespace Winkel.Payments;

/// <summary>
/// The provider's webhook (<c>POST /api/payments/webhook</c>, Stripe's format for every provider) and,
/// with the test provider, its 3-D Secure challenge pages under <c>/payments/test/challenge</c>.
/// </summary>
public static partial class PaymentsApi
{
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payments").WithTags("Payments");
        api.MapPost("/webhook", ReceivePaymentWebhook).WithName(nameof(ReceivePaymentWebhook));
        if (app.ServiceProvider.GetService<TestPaymentProvider>() is not null)
        {
            var challenge = app.MapGroup("/payments/test/challenge/{paymentId}").ExcludeFromDescription();
            challenge.MapGet("/", ShowTestChallenge).WithName(nameof(ShowTestChallenge));
            challenge.MapPost("/approve", ApproveTestChallenge).WithName(nameof(ApproveTestChallenge));
            challenge.MapPost("/fail", FailTestChallenge).WithName(nameof(FailTestChallenge));
        }
        return app;
    }

    /// <summary>
    /// Reads the raw body itself: the signature covers the exact bytes sent, which binding JSON first
    /// would lose. 200 for every validly signed event, also the ones Winkel ignores; 400 otherwise.
    /// </summary>
    internal static async Task<Results<Ok, ProblemHttpResult>> ReceivePaymentWebhook(
        HttpContext context, WebhookProcessor webhooks, CancellationToken cancellationToken)
    {
        NeverCache(context);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken);
        var result = await webhooks.ProcessAsync(
            buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.Request.Headers[WebhookSignature.Header].ToString(), cancellationToken);
        return result.Outcome == WebhookOutcome.Rejected
            ? TypedResults.Problem(result.Reason, statusCode: StatusCodes.Status400BadRequest, title: "The webhook event was refused.", type: Problems.Type("invalid-webhook"))
            : TypedResults.Ok();
    }

    private static void NeverCache(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
