using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Winkel.Core.Http;
using Winkel.Core.Search;

namespace Winkel.Server.Platform.Dashboard;

/// <summary>The admin dashboard at <c>/admin/dashboard</c> (admins only), with its stylesheet.</summary>
internal static class DashboardModule
{
    public const string Path = "/admin/dashboard";
    public const string StylesheetPath = "/admin/dashboard.css";

    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<ZeroResultSearches>();
        builder.Services.AddSingleton<DashboardData>();
        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapGet(Path, GetDashboard).RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        app.MapGet(StylesheetPath, GetStylesheet).ExcludeFromDescription();
        return app;
    }

    private static async Task<ContentHttpResult> GetDashboard(HttpContext context, DashboardData data, CancellationToken cancellationToken)
    {
        var model = await data.LoadAsync(cancellationToken);
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.Vary = "Accept-Language";
        return TypedResults.Content(DashboardPage.Render(model, DashboardText.For(context.Request), StoreTimeZone.Value), "text/html; charset=utf-8");
    }

    private static ContentHttpResult GetStylesheet(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Content(DashboardStylesheet.Css, "text/css; charset=utf-8");
    }

    /// <summary>Hours are shown in the store's time zone (Amsterdam), or UTC where the zone data is missing.</summary>
    internal static readonly Lazy<TimeZoneInfo> StoreTimeZone = new(() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc);
}
