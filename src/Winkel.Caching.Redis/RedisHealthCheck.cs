using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Winkel.Caching.Redis;

/// <summary>Readiness: Redis answers a PING. A node without its cache would still serve, but slowly and without cross-node eviction.</summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (RedisException ex)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer", ex);
        }
    }
}
