using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Stripe;

namespace Winkel.Payments.Stripe;

/// <summary>
/// The <c>payments</c> readiness check: lists one PaymentIntent (a cheap, read-only call) at most once per
/// <see cref="StripeOptions.HealthCacheDuration"/>. Stripe unreachable is <c>Degraded</c>, not
/// <c>Unhealthy</c>: the catalog and carts still work and checkouts wait in the queue, so a load balancer
/// must not take every node out; a refused key is <c>Unhealthy</c> (a setting to fix, not an outage).
/// </summary>
internal sealed class StripeHealthCheck(StripeClient client, IOptions<StripeOptions> options, TimeProvider time) : IHealthCheck, IDisposable
{
    private readonly PaymentIntentService _intents = new(client);
    private readonly SemaphoreSlim _probe = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }
        await _probe.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } again)
            {
                return again;
            }
            var result = await ProbeAsync(cancellationToken);
            _last = (result, time.GetUtcNow());
            return result;
        }
        finally
        {
            _probe.Release();
        }
    }

    public void Dispose() => _probe.Dispose();

    private HealthCheckResult? Fresh() =>
        _last is { } last && time.GetUtcNow() - last.At < options.Value.HealthCacheDuration ? last.Result : null;

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await _intents.ListAsync(new PaymentIntentListOptions { Limit = 1 }, null, timeout.Token);
            return HealthCheckResult.Healthy("Stripe answers.");
        }
        catch (StripeException ex) when (ex.HttpStatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return HealthCheckResult.Unhealthy("Stripe refused the secret key (Winkel:Payments:Stripe:SecretKey).");
        }
        catch (Exception ex) when (ex is StripeException or HttpRequestException or IOException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return HealthCheckResult.Degraded($"Stripe is unreachable ({ex.GetType().Name}): checkouts wait and then answer 503.");
        }
    }
}
