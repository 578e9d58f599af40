using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Winkel.Core.Caching;

namespace Winkel.Caching.Redis;

public static class RedisCachingModule
{
    /// <summary>
    /// Puts Redis behind the caches: one <see cref="IConnectionMultiplexer"/> for the whole process,
    /// the second level of HybridCache (<c>IDistributedCache</c>), the output-cache store, the
    /// invalidation fan-out over pub/sub and a <c>redis</c> readiness check. Call it when
    /// <c>Winkel:Redis:Configuration</c> is set, after the output cache is added.
    /// </summary>
    public static IHostApplicationBuilder AddRedisCaching(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section).ValidateDataAnnotations()
            .Validate(o => TryParse(o.Configuration), "Winkel:Redis:Configuration is not a valid StackExchange.Redis configuration string.")
            .ValidateOnStart();
        services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var configuration = ConfigurationOptions.Parse(sp.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration);
            // Start even while Redis is down: readiness says so, and the connection comes back by itself.
            configuration.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(configuration);
        });

        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider, IOptions<RedisOptions>>((cache, sp, redis) =>
        {
            cache.InstanceName = redis.Value.InstanceName;
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>());
        });
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider, IOptions<RedisOptions>>((cache, sp, redis) =>
        {
            cache.InstanceName = redis.Value.InstanceName + "out:";
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>());
        });

        services.AddSingleton<RedisInvalidationFanOut>();
        services.AddSingleton<ICacheInvalidationFanOut>(sp => sp.GetRequiredService<RedisInvalidationFanOut>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisInvalidationFanOut>());
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return builder;
    }

    private static bool TryParse(string configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
