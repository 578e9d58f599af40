namespace Winkel.Payments;

/// <summary>
/// A payment outcome from a signature-checked webhook event (or from reconciliation, which asks the
/// provider); <see cref="EventId"/> is the provider's event id. <see cref="DeclineCode"/> is the issuer's
/// reason for a failure when the provider gave one: for metrics and support, never shown to other customers.
/// </summary>
public sealed record PaymentOutcome(string EventId, string OrderId, string PaymentId, PaymentStatus Status, string? DeclineCode = null);

/// <summary>
/// Told of payment outcomes that arrive by webhook (implemented by the orders module; register as a
/// singleton; several may be registered, each is called in turn).
/// <list type="bullet">
/// <item>Events may arrive out of order and late (a <c>payment_failed</c> after a <c>succeeded</c> of a
/// later attempt, an outcome for an order already cancelled): the handler's state machine decides, and
/// must refuse moves backwards.</item>
/// <item>Each event id is applied at most once when deliveries come one after another, but an event is
/// recorded as processed only after every handler returned, so a crash in between, or two concurrent
/// deliveries of one event, call the handler again: applying the same outcome twice must change nothing.</item>
/// <item>If the handler throws, the event is not recorded and the webhook answers 500, so the provider
/// delivers it again later.</item>
/// </list>
/// </summary>
public interface IPaymentOutcomeHandler
{
    Task ApplyAsync(PaymentOutcome outcome, CancellationToken cancellationToken);
}
