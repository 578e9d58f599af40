using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;

namespace Winkel.Payments.Stripe;

/// <summary>
/// Every call to Stripe goes through here: at most <see cref="StripeOptions.RequestsPerSecond"/> per second and
/// <see cref="StripeOptions.MaxConcurrentRequests"/> at once, the rest waiting in order in a bounded queue, so
/// a burst of checkouts becomes a wait, not errors. A request refused with 429 (or 409 while Stripe holds
/// its idempotency key, or 5xx) or lost to the network is sent again after a jittered, doubling pause; the
/// caller's <see cref="RequestOptions"/> (with its idempotency key) is reused, so Stripe charges once.
/// </summary>
internal sealed partial class StripeRequestQueue : IDisposable
{
    private static readonly Meter Meter = new(PaymentsMetrics.MeterName);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "winkel.payments.stripe.requests", description: "Requests to Stripe by operation and result (ok, retry, refused, unavailable, busy).");

    private readonly StripeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<StripeRequestQueue> _logger;
    private readonly TokenBucketRateLimiter _rate;
    private readonly ConcurrencyLimiter _concurrency;

    public StripeRequestQueue(IOptions<StripeOptions> options, TimeProvider time, ILogger<StripeRequestQueue> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = _options.RequestsPerSecond,
            TokensPerPeriod = _options.RequestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = _options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _options.MaxConcurrentRequests,
            QueueLimit = _options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Requests waiting for a slot now.</summary>
    public long Queued => _concurrency.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>
    /// Runs <paramref name="call"/>, retrying transient failures. A Stripe error that is not transient (a
    /// decline, a bad request) is thrown as is; a transient one that outlasts the retries, or a full
    /// queue, becomes <see cref="PaymentProviderUnavailableException"/>.
    /// </summary>
    public async Task<T> SendAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            Exception failure;
            using (var slot = await _concurrency.AcquireAsync(1, cancellationToken))
            {
                using var token = await _rate.AcquireAsync(1, cancellationToken);
                if (!slot.IsAcquired || !token.IsAcquired)
                {
                    Count(operation, "busy");
                    throw new PaymentProviderUnavailableException("Too many payments are waiting for Stripe; try again shortly.");
                }
                try
                {
                    var result = await call(cancellationToken);
                    Count(operation, "ok");
                    return result;
                }
                catch (Exception ex) when (IsTransient(ex, cancellationToken))
                {
                    failure = ex;
                }
                catch (StripeException)
                {
                    Count(operation, "refused");
                    throw;
                }
            }
            var reason = Describe(failure);
            if (attempt >= _options.MaxRetries)
            {
                Count(operation, "unavailable");
                LogGaveUp(_logger, operation, attempt + 1, reason);
                throw new PaymentProviderUnavailableException($"Stripe did not answer {operation} after {attempt + 1} tries.", failure);
            }
            Count(operation, "retry");
            var delay = Backoff(attempt);
            LogRetrying(_logger, operation, reason, (long)delay.TotalMilliseconds);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    /// <summary>Jittered doubling: a random pause between half and all of base × 2^attempt, capped, so nodes that failed together do not retry together.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(_options.RetryMaxDelay.TotalMilliseconds, _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(ceiling / 2 + (Random.Shared.NextDouble() * ceiling / 2));
    }

    /// <summary>429 and 409 (a request with the same key still running), 5xx, and failures to get an answer at all.</summary>
    internal static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        StripeException { HttpStatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.Conflict } => true,
        StripeException { HttpStatusCode: >= HttpStatusCode.InternalServerError } => true,
        StripeException { InnerException: { } inner } => IsTransient(inner, cancellationToken),
        HttpRequestException => true,
        IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // the request timed out
        _ => false,
    };

    private static string Describe(Exception exception) => exception switch
    {
        StripeException stripe when stripe.HttpStatusCode != 0 => $"HTTP {(int)stripe.HttpStatusCode} {stripe.StripeError?.Code}",
        _ => exception.GetType().Name,
    };

    private static void Count(string operation, string result) =>
        Requests.Add(1, new TagList { { "operation", operation }, { "result", result } });

    public void Dispose()
    {
        _rate.Dispose();
        _concurrency.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stripe {Operation} failed ({Failure}); retrying in {DelayMs} ms with the same idempotency key")]
    private static partial void LogRetrying(ILogger logger, string operation, string failure, long delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe {Operation} failed {Tries} times ({Failure}); giving up")]
    private static partial void LogGaveUp(ILogger logger, string operation, int tries, string failure);
}
