using Microsoft.AspNetCore.Builder;

namespace Winkel.Core.Http;

/// <summary>Marks an endpoint for the strict per-client rate limit (sign-in, checkout), on top of the general one.</summary>
public sealed class StrictRateLimitMetadata
{
    public static readonly StrictRateLimitMetadata Instance = new();
}

public static class RateLimits
{
    /// <summary>Applies the strict per-client limit (<c>Winkel:RateLimit:Strict*</c>) to an endpoint, e.g. the checkout page's POST.</summary>
    public static TBuilder RequireStrictRateLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(StrictRateLimitMetadata.Instance);
}
