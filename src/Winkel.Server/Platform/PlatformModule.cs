using Microsoft.AspNetCore.HttpLogging;
using Scalar.AspNetCore;
using Winkel.Server.Platform.Dashboard;
using Winkel.Server.Platform.Edge;
using Winkel.Server.Platform.Telemetry;

namespace Winkel.Server.Platform;

/// <summary>What every request goes through: the HTTP edge (headers, compression, rate limits, caching), errors as problem+json or HTML pages, body limits, logging, auth, health and API docs.</summary>
internal static class PlatformModule
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddEdge();

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // Bad input surfaces as BadHttpRequestException so that ApiExceptionHandler can name the field.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1L << 30; // per request, RequestBodyLimit sets the real limit
        });

        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        // Structured JSON lines for log collectors; readable text on an interactive terminal.
        if (Console.IsOutputRedirected)
        {
            builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        }

        builder.AddTelemetry();
        builder.AddDashboard();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseHttpLogging(); // outermost, so it logs the status the client really got
        app.UseEdge(); // headers on every answer, errors included; compression
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<GeoAllowList>();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseAuthentication();
        app.UseRateLimiter(); // after authentication: a signed-in customer is limited as one client wherever they connect from
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.MapHealth();
        app.MapTelemetry();
        app.MapDashboard();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("Winkel API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}
