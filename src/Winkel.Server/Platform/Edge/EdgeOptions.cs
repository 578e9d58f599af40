using System.ComponentModel.DataAnnotations;

namespace Winkel.Server.Platform.Edge;

/// <summary>Settings under <c>Winkel:RateLimit</c>: token buckets per client (customer id when signed in, else IP address).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Winkel:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests per second each client may make, on every route.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 1000;

    /// <summary>How many requests a client may make at once after a quiet spell (the bucket's size).</summary>
    [Range(1, 10_000_000)]
    public int Burst { get; set; } = 2000;

    /// <summary>Requests per minute each client may make to the strict routes (sign-in, checkout).</summary>
    [Range(1, 100_000)]
    public int StrictPermitsPerMinute { get; set; } = 20;

    [Range(1, 100_000)]
    public int StrictBurst { get; set; } = 10;

    /// <summary>POSTs under these paths take the strict limit too (endpoints can also opt in with <c>RequireStrictRateLimit()</c>).</summary>
    public string[] StrictPaths { get; set; } = ["/api/auth/login", "/api/auth/register", "/api/orders", "/checkout", "/account/login"];
}

/// <summary>Settings under <c>Winkel:Geo</c>: an optional allow-list of viewer countries, from the CDN's header.</summary>
public sealed class GeoOptions
{
    public const string Section = "Winkel:Geo";

    /// <summary>ISO 3166-1 alpha-2 codes; empty (the default) lets every country in.</summary>
    public string[] AllowedCountries { get; set; } = [];

    /// <summary>The header the CDN sets to the viewer's country.</summary>
    [Required]
    public string CountryHeader { get; set; } = "CloudFront-Viewer-Country";
}

/// <summary>Settings under <c>Winkel:Http:Security</c>.</summary>
public sealed class SecurityHeaderOptions
{
    public const string Section = "Winkel:Http:Security";

    /// <summary><c>Strict-Transport-Security</c> outside Development; browsers ignore it over plain HTTP.</summary>
    public bool Hsts { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:00", "730.00:00:00")]
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// The Content-Security-Policy, directive by directive. Adapters add sources in code
    /// (<see cref="Core.Http.ContentSecurityPolicy.Add"/>); settings can add more, e.g.
    /// <c>Winkel:Http:Security:ContentSecurityPolicy:img-src:0=https://cdn.example.com</c>.
    /// </summary>
    public Dictionary<string, string[]> ContentSecurityPolicy { get; set; } = [];
}
