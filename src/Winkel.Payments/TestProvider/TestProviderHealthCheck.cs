using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Winkel.Payments.TestProvider;

/// <summary>The <c>payments</c> readiness check with the built-in provider: nothing outside the store to reach.</summary>
internal sealed class TestProviderHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy("The built-in test payment provider (no network)."));
}
