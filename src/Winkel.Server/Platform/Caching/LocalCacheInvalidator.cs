using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Hybrid;
using Winkel.Core.Caching;

namespace Winkel.Server.Platform.Caching;

/// <summary>
/// Evicts tags from this node's data cache (HybridCache: its in-process level, and the Redis level when
/// configured) and from the output cache, then hands them to the fan-out so that the other nodes evict
/// theirs. A read that fetched just before a write and stores just after the eviction would put the
/// old value back, so each eviction is repeated once <see cref="RepeatAfter"/> later.
/// </summary>
internal sealed class LocalCacheInvalidator(
    HybridCache cache, IOutputCacheStore outputCache, IEnumerable<ICacheInvalidationFanOut> fanOuts, TimeProvider time) : ICacheInvalidator
{
    public static readonly TimeSpan RepeatAfter = TimeSpan.FromSeconds(1);

    public async Task InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        if (tags.Count == 0)
        {
            return;
        }
        await EvictHereAsync(tags, cancellationToken);
        foreach (var fanOut in fanOuts)
        {
            await fanOut.PublishAsync(tags, cancellationToken);
        }
        _ = RepeatAsync(tags);
    }

    public Task EvictLocallyAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default) =>
        EvictHereAsync(tags, cancellationToken);

    private async Task EvictHereAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        using var activity = CacheMetrics.ActivitySource.StartActivity("cache.invalidate");
        await cache.RemoveByTagAsync(tags, cancellationToken);
        foreach (var tag in tags)
        {
            if (tag.StartsWith("product:", StringComparison.Ordinal) || tag == CacheTags.Categories)
            {
                await cache.RemoveAsync(tag, cancellationToken); // the entry keyed by the tag itself, from Redis too
            }
            await outputCache.EvictByTagAsync(tag, cancellationToken);
        }
    }

    private async Task RepeatAsync(IReadOnlyCollection<string> tags)
    {
        try
        {
            await Task.Delay(RepeatAfter, time);
            await EvictHereAsync(tags, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Best effort: the entry still expires with its TTL.
        }
    }
}
