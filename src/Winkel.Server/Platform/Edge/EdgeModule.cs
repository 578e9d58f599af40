using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Winkel.Core.Http;
using Winkel.Server.Platform.Caching;

namespace Winkel.Server.Platform.Edge;

/// <summary>The HTTP edge: headers, compression, rate limits, the geo allow-list, error pages and caching.</summary>
internal static class EdgeModule
{
    public static WebApplicationBuilder AddEdge(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Before AddProblemDetails, so that browsers get the HTML page and everything else problem+json.
        services.AddSingleton<IProblemDetailsWriter, HtmlErrorPages>();
        services.AddOptions<ContentSecurityPolicy>();
        services.AddOptions<SecurityHeaderOptions>().BindConfiguration(SecurityHeaderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GeoOptions>().BindConfiguration(GeoOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.AllowedCountries.All(c => c is { Length: 2 } && c.All(char.IsAsciiLetter)),
                "Winkel:Geo:AllowedCountries must hold two-letter country codes such as NL.")
            .ValidateOnStart();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddWinkelRateLimiting();
        builder.AddCaching();
        return builder;
    }

    /// <summary>The outer part of the pipeline: runs before routing.</summary>
    public static WebApplication UseEdge(this WebApplication app)
    {
        app.UseMiddleware<EdgeHeaders>();
        app.UseResponseCompression();
        return app;
    }
}
