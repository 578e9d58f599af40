using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Winkel.Search.Indexing;

namespace Winkel.Search.Monitoring;

/// <summary>
/// Readiness: the node has an index and it held every catalog change no longer than
/// <see cref="SearchOptions.MaxReadyLag"/> ago. A node still building its first index, or fallen behind,
/// is taken out of the load balancer rather than answering searches with stale or no results.
/// </summary>
internal sealed class SearchHealthCheck(SearchIndexState state, IOptions<SearchOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var bound = options.Value.MaxReadyLag;
        if (state.Lag is not { } lag)
        {
            var progress = state.Building
                ? string.Create(CultureInfo.InvariantCulture, $"building the search index: {state.BuildDone:N0} of {state.BuildTotal:N0} products")
                : "the search index is not open yet";
            return Task.FromResult(HealthCheckResult.Unhealthy(progress));
        }
        return Task.FromResult(lag <= bound
            ? HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"index lag {lag.TotalSeconds:F1} s"))
            : HealthCheckResult.Unhealthy(string.Create(CultureInfo.InvariantCulture,
                $"the search index is {lag.TotalSeconds:F0} s behind the catalog (bound {bound.TotalSeconds:F0} s)")));
    }
}
