using Microsoft.Extensions.Logging;
using Winkel.Core;
using Winkel.Payments.Storage;

namespace Winkel.Payments.Webhooks;

internal enum WebhookOutcome
{
    /// <summary>Handed to every <see cref="IPaymentOutcomeHandler"/> and recorded.</summary>
    Applied,

    /// <summary>The event id was applied before: nothing done.</summary>
    Duplicate,

    /// <summary>Validly signed, but of a type Winkel does not act on, or not about a Winkel order.</summary>
    Ignored,

    /// <summary>Bad signature, stale timestamp or malformed body: answer 400.</summary>
    Rejected,
}

internal sealed record WebhookResult(WebhookOutcome Outcome, string? Reason = null);

/// <summary>
/// The one path every webhook event takes, whether it came over HTTP or from the test provider's
/// challenge page: verify the signature on the raw bytes, parse, then apply each event id once.
/// </summary>
internal sealed partial class WebhookProcessor(
    WebhookSecret secret,
    IWebhookSignatureVerifier verifier,
    IPaymentEventLog events,
    IPaymentLog log,
    IPaymentProvider provider,
    IEnumerable<IPaymentOutcomeHandler> handlers,
    TimeProvider time,
    ILogger<WebhookProcessor> logger)
{
    public async Task<WebhookResult> ProcessAsync(ReadOnlyMemory<byte> body, string? signatureHeader, CancellationToken cancellationToken)
    {
        if (verifier.Verify(body, signatureHeader, secret.Value) is { } refusal)
        {
            PaymentsMetrics.Webhook("rejected", type: null, declineCode: null);
            LogRejected(logger, refusal);
            return new WebhookResult(WebhookOutcome.Rejected, refusal);
        }
        if (WebhookEvent.TryParse(body) is not { } evt)
        {
            return new WebhookResult(WebhookOutcome.Rejected, "The body is not a JSON event with a string id and type.");
        }
        await log.AppendAsync(new PaymentLogEntry(time.Now(), evt.OrderId, evt.PaymentId, provider.Name, PaymentLogKind.WebhookReceived, null, null), cancellationToken);
        if (evt.Outcome is not { } status)
        {
            PaymentsMetrics.Webhook("ignored", evt.Type, declineCode: null);
            return new WebhookResult(WebhookOutcome.Ignored);
        }
        if (evt.PaymentId is not { } paymentId || evt.OrderId is not { } orderId)
        {
            // Validly signed, but not a payment Winkel made (a Stripe account may serve other programs too).
            PaymentsMetrics.Webhook("ignored", evt.Type, declineCode: null);
            LogNotOurs(logger, evt.Id, evt.Type);
            return new WebhookResult(WebhookOutcome.Ignored);
        }
        if (await events.HasProcessedAsync(evt.Id, cancellationToken))
        {
            PaymentsMetrics.Webhook("duplicate", evt.Type, declineCode: null);
            return new WebhookResult(WebhookOutcome.Duplicate);
        }
        // Apply first, record after: an event is marked processed only once every handler has applied it.
        // If a handler throws, nothing is recorded and the caller answers 500, so the provider delivers
        // the event again and it is applied then. The price is that a crash between apply and record, or
        // two concurrent deliveries, apply an event twice; handlers are idempotent (see IPaymentOutcomeHandler).
        // Recording first would lose the event whenever the apply failed after the record.
        var declineCode = status == PaymentStatus.Failed ? evt.DeclineCode : null;
        var outcome = new PaymentOutcome(evt.Id, orderId, paymentId, status, declineCode);
        foreach (var handler in handlers)
        {
            await handler.ApplyAsync(outcome, cancellationToken);
        }
        await events.TryRecordAsync(evt.Id, evt.Type, paymentId, time.Now(), cancellationToken);
        PaymentsMetrics.Webhook("applied", evt.Type, declineCode);
        return new WebhookResult(WebhookOutcome.Applied);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook refused: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook event {EventId} ({Type}) names no Winkel order; ignored")]
    private static partial void LogNotOurs(ILogger logger, string eventId, string type);
}
