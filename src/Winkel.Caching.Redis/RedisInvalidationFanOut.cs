using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Winkel.Core.Caching;

namespace Winkel.Caching.Redis;

/// <summary>
/// Carries cache invalidations between nodes over Redis pub/sub: a message is this node's id and the
/// tags, one a line; every other node evicts them from its own in-process caches. Pub/sub delivers at
/// most once, so a message lost while a node was disconnected is made up by the change feed, which
/// each node also follows (and by the short in-process lifetime, <c>Winkel:Cache:LocalTtl</c>).
/// </summary>
internal sealed partial class RedisInvalidationFanOut(
    IConnectionMultiplexer redis, IOptions<RedisOptions> options, IServiceProvider services, ILogger<RedisInvalidationFanOut> logger)
    : ICacheInvalidationFanOut, IHostedService
{
    private readonly string _nodeId = Guid.NewGuid().ToString("N");
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.InstanceName + options.Value.InvalidationChannel);
    private ChannelMessageQueue? _subscription;

    public async Task PublishAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(_channel, _nodeId + "\n" + string.Join('\n', tags));
        }
        catch (RedisException ex)
        {
            LogPublishFailed(logger, ex, tags.Count);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var invalidator = services.GetRequiredService<ICacheInvalidator>();
        _subscription = await redis.GetSubscriber().SubscribeAsync(_channel);
        _subscription.OnMessage(async message =>
        {
            var lines = ((string?)message.Message ?? "").Split('\n');
            if (lines.Length < 2 || lines[0] == _nodeId)
            {
                return;
            }
            try
            {
                await invalidator.EvictLocallyAsync(lines[1..], CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogEvictFailed(logger, ex);
            }
        });
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_subscription is not null)
        {
            try
            {
                await _subscription.UnsubscribeAsync();
            }
            catch (Exception ex) when (ex is ObjectDisposedException or RedisException)
            {
                // The connection is already closed (the container disposed it first) or Redis is down:
                // either way there is no subscription left to end.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish the invalidation of {Count} cache tags; other nodes catch up from the change feed")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not apply an invalidation from another node")]
    private static partial void LogEvictFailed(ILogger logger, Exception exception);
}
