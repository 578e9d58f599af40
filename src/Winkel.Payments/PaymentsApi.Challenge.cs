using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Winkel.Core;
using Winkel.Payments.Storage;
using Winkel.Payments.TestProvider;
using Winkel.Payments.Webhooks;

namespace Winkel.Payments;

public static partial class PaymentsApi
{
    internal static async Task<ContentHttpResult> ShowTestChallenge(
        string paymentId, HttpContext context, ITestPaymentStore store, CancellationToken cancellationToken)
    {
        PageHeaders(context);
        return await store.GetAsync(paymentId, cancellationToken) switch
        {
            null => Html(ChallengePage.NotFound(), StatusCodes.Status404NotFound),
            { Status: PaymentStatus.RequiresAction } waiting => Html(ChallengePage.Waiting(waiting)),
            var done => Html(ChallengePage.Finished(done, ReturnUrls.WithOutcome(done.ReturnUrl, done.PaymentId, done.Status))),
        };
    }

    internal static Task<Results<ContentHttpResult, StatusCodeHttpResult>> ApproveTestChallenge(
        string paymentId, HttpContext context, ITestPaymentStore store, TestPaymentProvider provider, WebhookSecret secret,
        WebhookProcessor webhooks, TimeProvider time, CancellationToken cancellationToken) =>
        CompleteChallengeAsync(paymentId, approved: true, context, store, provider, secret, webhooks, time, cancellationToken);

    internal static Task<Results<ContentHttpResult, StatusCodeHttpResult>> FailTestChallenge(
        string paymentId, HttpContext context, ITestPaymentStore store, TestPaymentProvider provider, WebhookSecret secret,
        WebhookProcessor webhooks, TimeProvider time, CancellationToken cancellationToken) =>
        CompleteChallengeAsync(paymentId, approved: false, context, store, provider, secret, webhooks, time, cancellationToken);

    /// <summary>
    /// Decides the payment (once: a later completion changes nothing), then delivers the webhook event
    /// for its final state through the same processor as <c>POST /api/payments/webhook</c>, signed as
    /// Stripe would, and sends the shopper back with 303. The event id is derived from the payment, so a
    /// repeated completion (the shopper pressed again after an error) delivers the same event again:
    /// applied if the first delivery failed, a duplicate otherwise.
    /// </summary>
    private static async Task<Results<ContentHttpResult, StatusCodeHttpResult>> CompleteChallengeAsync(
        string paymentId, bool approved, HttpContext context, ITestPaymentStore store, TestPaymentProvider provider, WebhookSecret secret,
        WebhookProcessor webhooks, TimeProvider time, CancellationToken cancellationToken)
    {
        PageHeaders(context);
        if (await store.GetAsync(paymentId, cancellationToken) is not { } payment)
        {
            return Html(ChallengePage.NotFound(), StatusCodes.Status404NotFound);
        }
        if (!await HasNonceAsync(context, payment, cancellationToken))
        {
            return Html(ChallengePage.BadRequest(), StatusCodes.Status400BadRequest);
        }
        if (payment.Status == PaymentStatus.RequiresAction)
        {
            await provider.CompleteChallengeAsync(payment, approved, cancellationToken);
            payment = await store.GetAsync(paymentId, cancellationToken) ?? payment;
        }
        if (payment.Status is PaymentStatus.Succeeded or PaymentStatus.Failed)
        {
            var body = WebhookEvent.ForTestPayment(payment.PaymentId, payment.OrderId, payment.Status, payment.AmountMinor,
                payment.Currency, payment.DeclineCode, time.Now());
            var signature = WebhookSignature.Sign(secret.Value, time.Now(), body);
            var result = await webhooks.ProcessAsync(body, signature, cancellationToken);
            if (result.Outcome == WebhookOutcome.Rejected)
            {
                throw new InvalidOperationException($"The test provider's own webhook event was refused: {result.Reason}");
            }
        }
        context.Response.Headers.Location = ReturnUrls.WithOutcome(payment.ReturnUrl, payment.PaymentId, payment.Status);
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static async Task<bool> HasNonceAsync(HttpContext context, TestPayment payment, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return false;
        }
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var sent = form["nonce"].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(payment.ChallengeNonce));
    }

    private static ContentHttpResult Html(string html, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    private static void PageHeaders(HttpContext context)
    {
        NeverCache(context);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
    }
}
