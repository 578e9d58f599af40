using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Winkel.Server.Platform;

/// <summary>
/// <c>/health/live</c> says only that the process answers (no dependency is checked, so a database
/// outage never gets healthy nodes restarted); <c>/health/ready</c> runs the checks tagged <c>ready</c>
/// and names each failing part in its 503 answer.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .DisableHttpMetrics();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync })
            .DisableHttpMetrics();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, new HealthResponse(
            report.Status.ToString(),
            report.Entries.ToDictionary(
                e => e.Key,
                e => new HealthCheckResponse(e.Value.Status.ToString(), e.Value.Description, e.Value.Exception?.Message))),
            HealthJsonContext.Default.HealthResponse);
    }
}

internal sealed record HealthResponse(string Status, Dictionary<string, HealthCheckResponse> Checks);

internal sealed record HealthCheckResponse(string Status, string? Description, string? Error);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(HealthResponse))]
internal sealed partial class HealthJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
