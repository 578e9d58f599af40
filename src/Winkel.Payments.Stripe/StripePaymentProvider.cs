using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;
using Winkel.Core;
using Winkel.Payments.Storage;

namespace Winkel.Payments.Stripe;

/// <summary>
/// The payments port on Stripe PaymentIntents. One PaymentIntent per order attempt, created and confirmed
/// in one call with the shopper's payment-method token and 3-D Secure left to Stripe (<c>automatic</c>,
/// as PSD2 SCA needs); the idempotency key is derived from (order, attempt), so a retry, a second node or
/// a replayed checkout never charges twice. Card data never passes through here: only <c>pm_…</c> tokens.
/// </summary>
internal sealed partial class StripePaymentProvider(
    StripeClient client,
    StripeRequestQueue queue,
    IPaymentLog log,
    IOptions<StripeOptions> options,
    TimeProvider time,
    ILogger<StripePaymentProvider> logger) : IPaymentProvider
{
    public const string ProviderName = "stripe";

    private readonly PaymentIntentService _intents = new(client);
    private readonly RefundService _refunds = new(client);

    /// <summary>The id of an attempt Stripe refused before making a PaymentIntent (an unknown payment method).</summary>
    public const string RejectedPrefix = "rejected-";

    public string Name => ProviderName;

    /// <summary>The idempotency key of an order's attempt: the same on every node and every retry.</summary>
    public static string IdempotencyKey(string orderId, int attempt) => $"winkel-pi-{orderId}-{attempt.ToString(CultureInfo.InvariantCulture)}";

    public async Task<PaymentIntent> CreateAndConfirmAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        Validate(request);
        var create = new PaymentIntentCreateOptions
        {
            Amount = request.AmountMinor,
            Currency = request.Currency.ToLowerInvariant(),
            PaymentMethod = request.PaymentMethod,
            Confirm = true,
            ReturnUrl = AbsoluteReturnUrl(request.ReturnUrl),
            PaymentMethodOptions = new PaymentIntentPaymentMethodOptionsOptions
            {
                Card = new PaymentIntentPaymentMethodOptionsCardOptions { RequestThreeDSecure = "automatic" },
            },
            Metadata = new Dictionary<string, string>
            {
                [StripeIntents.OrderIdKey] = request.OrderId,
                [StripeIntents.AttemptKey] = request.Attempt.ToString(CultureInfo.InvariantCulture),
            },
        };
        var requestOptions = new RequestOptions { IdempotencyKey = IdempotencyKey(request.OrderId, request.Attempt) };
        PaymentIntent intent;
        try
        {
            var created = await queue.SendAsync("create_payment_intent", ct => _intents.CreateAsync(create, requestOptions, ct), cancellationToken);
            intent = StripeIntents.ToPort(created, request.OrderId);
        }
        catch (StripeException ex) when (ex.StripeError is { Type: "card_error" } error)
        {
            // A decline answers 402 with the PaymentIntent inside the error; the intent stays open
            // (requires_payment_method) but Winkel treats the attempt as over: a retry is a new attempt.
            var paymentId = error.PaymentIntent?.Id ?? throw new InvalidOperationException("Stripe declined without naming the PaymentIntent.", ex);
            intent = new PaymentIntent(paymentId, request.OrderId, PaymentStatus.Failed, request.AmountMinor, request.Currency,
                null, error.DeclineCode ?? error.Code ?? "card_declined");
        }
        catch (StripeException ex) when (ex.StripeError is { Code: "resource_missing", Param: "payment_method" })
        {
            // A token Stripe does not know (forged, from another account, or expired): no PaymentIntent was
            // made. As with the built-in provider, the attempt fails with invalid_payment_method; the id
            // only names the attempt and is never sent to Stripe (GetAsync answers null for it).
            intent = new PaymentIntent($"{RejectedPrefix}{request.OrderId}-{request.Attempt.ToString(CultureInfo.InvariantCulture)}",
                request.OrderId, PaymentStatus.Failed, request.AmountMinor, request.Currency, null, "invalid_payment_method");
        }
        catch (StripeException ex) when (ex.StripeError is { Type: "idempotency_error" })
        {
            throw new InvalidOperationException(
                $"Payment attempt {request.Attempt} of order {request.OrderId} was made before with another amount, currency or payment method; use a new attempt number.", ex);
        }
        PaymentsMetrics.Charge(Name, intent.Status, intent.DeclineCode);
        await log.AppendAsync(Entry(intent, PaymentLogKind.Created), cancellationToken);
        await log.AppendAsync(Entry(intent, StripeIntents.LogKind(intent.Status)), cancellationToken);
        if (intent.Status == PaymentStatus.Failed)
        {
            LogDeclined(logger, request.OrderId, intent.PaymentId, intent.DeclineCode);
        }
        return intent;
    }

    public async Task<PaymentIntent?> GetAsync(string paymentId, CancellationToken cancellationToken)
    {
        if (!paymentId.StartsWith("pi_", StringComparison.Ordinal))
        {
            return null;
        }
        try
        {
            var intent = await queue.SendAsync("get_payment_intent", ct => _intents.GetAsync(paymentId, null, null, ct), cancellationToken);
            return StripeIntents.ToPort(intent, orderId: null);
        }
        catch (StripeException ex) when (StripeIntents.IsMissing(ex))
        {
            return null;
        }
    }

    /// <summary>
    /// Stripe's search by metadata. Search is eventually consistent (an intent appears within about a
    /// minute), which is why it is only used for orders a few minutes old: the reservation job and reconciliation.
    /// </summary>
    public async Task<PaymentIntent?> FindAsync(string orderId, int attempt, CancellationToken cancellationToken)
    {
        if (orderId.Contains('\'', StringComparison.Ordinal) || orderId.Contains('\\', StringComparison.Ordinal))
        {
            return null; // Winkel's order ids never hold quotes; nothing Winkel made can match.
        }
        var search = new PaymentIntentSearchOptions
        {
            Query = string.Create(CultureInfo.InvariantCulture,
                $"metadata['{StripeIntents.OrderIdKey}']:'{orderId}' AND metadata['{StripeIntents.AttemptKey}']:'{attempt}'"),
            Limit = 1,
        };
        var found = await queue.SendAsync("search_payment_intents", ct => _intents.SearchAsync(search, null, ct), cancellationToken);
        return found.Data is [var intent, ..] ? StripeIntents.ToPort(intent, orderId) : null;
    }

    public async Task<RefundOutcome> RefundAsync(string paymentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        if (amountMinor <= 0)
        {
            return RefundOutcome.Refused("invalid_amount");
        }
        var before = await GetAsync(paymentId, cancellationToken);
        if (before is null)
        {
            return RefundOutcome.Refused("payment_not_found");
        }
        if (before.Status != PaymentStatus.Succeeded)
        {
            return RefundOutcome.Refused("payment_not_succeeded");
        }
        var create = new RefundCreateOptions { PaymentIntent = paymentId, Amount = amountMinor, Reason = "requested_by_customer" };
        var requestOptions = new RequestOptions { IdempotencyKey = $"winkel-re-{paymentId}-{idempotencyKey}" };
        Refund refund;
        try
        {
            refund = await queue.SendAsync("create_refund", ct => _refunds.CreateAsync(create, requestOptions, ct), cancellationToken);
        }
        catch (StripeException ex) when (ex.StripeError?.Code is "charge_already_refunded" or "amount_too_large")
        {
            return RefundOutcome.Refused("amount_exceeds_refundable", await RefundedSoFarAsync(paymentId, cancellationToken));
        }
        catch (StripeException ex) when (StripeIntents.IsMissing(ex))
        {
            return RefundOutcome.Refused("payment_not_found");
        }
        if (refund.Status is "failed" or "canceled")
        {
            return RefundOutcome.Refused("refund_failed", await RefundedSoFarAsync(paymentId, cancellationToken));
        }
        await log.AppendAsync(new PaymentLogEntry(time.Now(), before.OrderId, paymentId, Name, PaymentLogKind.Refunded, refund.Amount, null), cancellationToken);
        return new RefundOutcome(RefundStatus.Succeeded, refund.Id, refund.Amount, await RefundedSoFarAsync(paymentId, cancellationToken), null);
    }

    /// <summary>Cancels a PaymentIntent not yet confirmed to success; Stripe refuses a final one, which is fine here.</summary>
    public async Task CancelAsync(string paymentId, CancellationToken cancellationToken)
    {
        if (!paymentId.StartsWith("pi_", StringComparison.Ordinal))
        {
            return;
        }
        try
        {
            var cancel = new PaymentIntentCancelOptions { CancellationReason = "abandoned" };
            var requestOptions = new RequestOptions { IdempotencyKey = $"winkel-cancel-{paymentId}" };
            var canceled = await queue.SendAsync("cancel_payment_intent", ct => _intents.CancelAsync(paymentId, cancel, requestOptions, ct), cancellationToken);
            var intent = StripeIntents.ToPort(canceled, orderId: null);
            await log.AppendAsync(Entry(intent, PaymentLogKind.Canceled), cancellationToken);
        }
        catch (StripeException ex) when (StripeIntents.IsMissing(ex) || ex.StripeError?.Code == "payment_intent_unexpected_state")
        {
            LogNotCancelled(logger, paymentId, ex.StripeError?.Code);
        }
    }

    private async Task<long> RefundedSoFarAsync(string paymentId, CancellationToken cancellationToken)
    {
        var get = new PaymentIntentGetOptions();
        get.AddExpand("latest_charge");
        var intent = await queue.SendAsync("get_payment_intent", ct => _intents.GetAsync(paymentId, get, null, ct), cancellationToken);
        return intent.LatestCharge?.AmountRefunded ?? 0;
    }

    private string AbsoluteReturnUrl(string returnUrl) =>
        Uri.TryCreate(returnUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http"
            ? returnUrl
            : options.Value.StoreUrl!.TrimEnd('/') + returnUrl;

    private PaymentLogEntry Entry(PaymentIntent intent, PaymentLogKind kind) =>
        new(time.Now(), intent.OrderId, intent.PaymentId, Name, kind, intent.AmountMinor, kind == PaymentLogKind.Failed ? intent.DeclineCode : null);

    private static void Validate(PaymentRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OrderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PaymentMethod);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Attempt, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.AmountMinor, 1);
        if (request.Currency is not { Length: 3 } || !request.Currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("Currency must be an ISO 4217 code in capitals, such as EUR.", nameof(request));
        }
        var path = request.ReturnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not '/' and not '\\';
        if (!path && !(Uri.TryCreate(request.ReturnUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http"))
        {
            throw new ArgumentException("ReturnUrl must be a path on this store (starting with one /) or an absolute http(s) URL.", nameof(request));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment {PaymentId} for order {OrderId} was declined ({DeclineCode})")]
    private static partial void LogDeclined(ILogger logger, string orderId, string paymentId, string? declineCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment {PaymentId} was not cancelled: Stripe answered {Code} (already final or unknown)")]
    private static partial void LogNotCancelled(ILogger logger, string paymentId, string? code);
}
