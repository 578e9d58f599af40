using System.Diagnostics.Metrics;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Winkel.Core.Http;

namespace Winkel.Server.Platform.Edge;

/// <summary>
/// Token buckets per client — the customer id when signed in, else the IP address: a general bucket
/// on every route (1000/s, burst 2000) and a strict one for sign-in and checkout. Over the limit the
/// answer is a fast 429 problem with <c>Retry-After</c> and <c>no-store</c> (ASP.NET Core's default
/// would be 503, which a load balancer or CDN reads as "this node is broken").
/// </summary>
internal static class RateLimiting
{
    public const string MeterName = "Winkel.Http";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Limited = Meter.CreateCounter<long>(
        "winkel.http.rate_limited", "{request}", "Requests refused with 429 by the rate limiter");

    public static IServiceCollection AddWinkelRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Burst >= 1 && o.StrictBurst >= 1, "Winkel:RateLimit: bursts must be at least 1.").ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            var o = settings.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
            if (!o.Enabled)
            {
                return;
            }
            var general = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = o.Burst,
                    TokensPerPeriod = o.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            var strictPaths = o.StrictPaths;
            var strict = PartitionedRateLimiter.Create<HttpContext, string>(context => IsStrict(context, strictPaths)
                ? RateLimitPartition.GetTokenBucketLimiter("strict:" + ClientOf(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = o.StrictBurst,
                    TokensPerPeriod = o.StrictPermitsPerMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(""));
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(general, strict);
        });
        return services;
    }

    private static string ClientOf(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } customerId
            ? "c:" + customerId
            : context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsStrict(HttpContext context, string[] strictPaths)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<StrictRateLimitMetadata>() is not null)
        {
            return true;
        }
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return false;
        }
        var path = context.Request.Path;
        foreach (var strictPath in strictPaths)
        {
            if (path.StartsWithSegments(strictPath, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        Limited.Add(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Slow down: try again in {seconds} s.",
                Type = Problems.Type("rate-limited"),
            },
        });
    }
}
