using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Winkel.Server.Platform.Telemetry;

/// <summary>
/// OpenTelemetry for the whole host: a trace per request with the spans of every <c>Winkel.*</c>
/// activity source, every <c>Winkel.*</c> meter plus ASP.NET Core, HttpClient and runtime metrics,
/// scraped at <c>/metrics</c> in Prometheus text format, and OTLP export of traces, metrics and logs
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Log lines carry the trace and span ids.
/// </summary>
internal static class TelemetryModule
{
    /// <summary>The prefix of every module's <c>Meter</c> and <c>ActivitySource</c> (see docs/observability.md).</summary>
    public const string SourcePrefix = "Winkel.";

    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        // Every log line written inside a request names its trace and span (JSON console: in "Scopes").
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("winkel", serviceVersion: typeof(TelemetryModule).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(SourcePrefix + "*"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(SourcePrefix + "*")
                .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.WithLogging().UseOtlpExporter();
        }
        builder.Services.AddSingleton<RecentMetrics>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RecentMetrics>());
        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).DisableHttpMetrics();
        return app;
    }

    /// <summary>Health probes and scrapes come every few seconds from machines; they would drown the traces of real requests.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal) || path.StartsWithSegments(MetricsPath, StringComparison.Ordinal);
}
