using System.ComponentModel.DataAnnotations;

namespace Winkel.Caching.Redis;

/// <summary>Settings under <c>Winkel:Redis</c>. Setting <see cref="Configuration"/> turns Redis on.</summary>
public sealed class RedisOptions
{
    public const string Section = "Winkel:Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>my-cache.xxxx.euw1.cache.amazonaws.com:6379,ssl=true</c>.</summary>
    [Required]
    public string Configuration { get; set; } = "";

    /// <summary>Prefix of every key Winkel writes, so that stores can share one Redis.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9:_.-]{1,64}$")]
    public string InstanceName { get; set; } = "winkel:";

    /// <summary>The pub/sub channel that carries invalidations between nodes (the instance name is put in front).</summary>
    [Required]
    public string InvalidationChannel { get; set; } = "invalidate";
}
