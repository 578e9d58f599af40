using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Winkel.Caching.Redis;
using Winkel.Core.Caching;
using Winkel.Core.Http;

namespace Winkel.Server.Platform.Caching;

/// <summary>
/// The data cache (HybridCache: in process, plus Redis as its second level when configured), the
/// output cache (in process, or in Redis) and tag invalidation. Redis is on when
/// <c>Winkel:Redis:Configuration</c> is set.
/// </summary>
internal static class CachingModule
{
    public static WebApplicationBuilder AddCaching(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHybridCache(options =>
        {
            options.MaximumPayloadBytes = 4 << 20;
            options.MaximumKeyLength = 2048;
        });
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<CacheOptions>>((output, cache) =>
        {
            output.AddPolicy(HttpCaching.CatalogPagePolicy, new CatalogOutputCachePolicy(isPage: true, cache));
            output.AddPolicy(HttpCaching.ApiReadPolicy, new CatalogOutputCachePolicy(isPage: false, cache));
        });
        services.AddSingleton<ICacheInvalidator, LocalCacheInvalidator>();
        services.AddHostedService<CacheStatsLog>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{RedisOptions.Section}:Configuration"]))
        {
            builder.AddRedisCaching();
        }
        return builder;
    }
}
