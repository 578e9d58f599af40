using System.Net;
using System.Text;

namespace Winkel.Server.Platform.Dashboard;

/// <summary>
/// The dashboard as one server-rendered HTML page: key figures, then the charts (inline SVG from
/// <see cref="SvgChart"/>) and the top searches without results. No script; styling only from
/// dashboard.css, so the page satisfies the store's Content-Security-Policy.
/// </summary>
internal static class DashboardPage
{
    /// <summary>Always shown, even at zero, so the chart reads the same every time.</summary>
    private static readonly string[] KnownOutcomes = ["paid", "declined", "out_of_stock", "three_ds_abandoned"];

    /// <summary>The whole HTML document.</summary>
    public static string Render(DashboardModel model, DashboardText text, TimeZoneInfo zone) => $"""
        <!doctype html>
        <html lang="{text.Lang}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(text.Title)} · Winkel</title>
        <link rel="stylesheet" href="{DashboardModule.StylesheetPath}">
        </head>
        <body class="dashboard">
        <main>
        {RenderMain(model, text, zone)}
        </main>
        </body>
        </html>

        """;

    /// <summary>
    /// The page's content (header, figures, charts, footer) without the document around it, for a host
    /// page with its own layout (a Razor admin page places it inside an element of class <c>dashboard</c>).
    /// </summary>
    public static string RenderMain(DashboardModel model, DashboardText text, TimeZoneInfo zone)
    {
        var local = (DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, zone);
        var hourLabels = model.Hours.Select(h => local(h).ToString("HH:mm", text.Culture)).ToList();
        var slotLabels = model.Slots.Select(s => local(s).ToString("HH:mm", text.Culture)).ToList();
        var outcomes = KnownOutcomes.Concat(model.CheckoutOutcomes.Keys.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var p99 = model.P99Seconds.OfType<double>().DefaultIfEmpty().Max();
        var hits = model.CacheHitRatio.Values.SelectMany(v => v).OfType<double>().ToList();

        var html = new StringBuilder();
        html.Append($"""
            <header><h1>{E(text.Title)}</h1><p class="updated">{E(text.Updated)} {E(local(model.Now).ToString("d MMMM yyyy HH:mm", text.Culture))} ({E(zone.Id)})</p></header>
            <div class="dash-grid">
            <section class="kpis" aria-label="{E(text.Title)}">
            {Kpi(text.Orders24h, model.OrdersPerHour.Sum().ToString("N0", text.Culture))}
            {Kpi(text.Revenue24h, text.Money(model.RevenuePerHour.Sum()))}
            {Kpi(text.PaidLastHour, model.CheckoutOutcomes.GetValueOrDefault("paid").ToString("N0", text.Culture))}
            {Kpi(text.P99LastHour, model.P99Seconds.Any(p => p is not null) ? text.Duration(p99) : "–")}
            {Kpi(text.CacheLastHour, hits.Count > 0 ? text.Percent(hits.Average()) : "–")}
            </section>
            """);
        Section(html, text.OrdersPerHour, SvgChart.Bars(new ChartSpec("orders", text.OrdersPerHour, text.OrdersPerHourDesc, hourLabels,
            [new ChartSeries(text.OrdersSeries, [.. model.OrdersPerHour.Select(c => (double?)c)], "series-0")],
            v => v.ToString("N0", text.Culture), NoData: text.NoData, MinStep: 1)), model.Truncated ? text.Truncated : null);
        Section(html, text.RevenuePerHour, SvgChart.Bars(new ChartSpec("revenue", text.RevenuePerHour, text.RevenuePerHourDesc, hourLabels,
            [new ChartSeries(text.RevenueSeries, [.. model.RevenuePerHour.Select(r => (double?)(double)r)], "series-1")],
            v => text.Money((decimal)v), NoData: text.NoData)), null);
        Section(html, text.Outcomes, SvgChart.Bars(new ChartSpec("outcomes", text.Outcomes, text.OutcomesDesc, [.. outcomes.Select(text.Outcome)],
            [new ChartSeries(text.CheckoutsSeries, [.. outcomes.Select(o => (double?)model.CheckoutOutcomes.GetValueOrDefault(o))], "series-2")],
            v => v.ToString("N0", text.Culture), NoData: text.NoData, MinStep: 1)), null);
        Section(html, text.Latency, SvgChart.Lines(new ChartSpec("latency", text.Latency, text.LatencyDesc, slotLabels,
            [new ChartSeries(text.P99Series, model.P99Seconds, "series-3")], text.Duration, NoData: text.NoData)), null);
        Section(html, text.CacheRatio, SvgChart.Lines(new ChartSpec("cache", text.CacheRatio, text.CacheRatioDesc, slotLabels,
            [.. model.CacheHitRatio.Select((c, i) => new ChartSeries(c.Key, c.Value, $"series-{i % 6}"))],
            text.Percent, Threshold: 0.85, ThresholdLabel: text.Target, FixedMax: 1, NoData: text.NoData)), null);

        html.Append($"<section><h2>{E(text.ZeroResults)}</h2>");
        if (model.ZeroResultSearches.Count == 0)
        {
            html.Append($"<p class=\"empty\">{E(text.ZeroResultsNone)}</p>");
        }
        else
        {
            html.Append($"<table class=\"searches\"><thead><tr><th scope=\"col\">{E(text.Search)}</th><th scope=\"col\" class=\"number\">{E(text.Count)}</th></tr></thead><tbody>");
            foreach (var (search, count) in model.ZeroResultSearches)
            {
                html.Append($"<tr><td>{E(search)}</td><td class=\"number\">{E(count.ToString("N0", text.Culture))}</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append($"</section>\n</div>\n<footer><p>{E(text.NodeNote)}</p></footer>");
        return html.ToString();
    }

    private static string Kpi(string label, string value) =>
        $"<div class=\"kpi\"><span class=\"kpi-label\">{E(label)}</span><span class=\"kpi-value\">{E(value)}</span></div>";

    private static void Section(StringBuilder html, string title, string svg, string? note)
    {
        html.Append($"<section class=\"chart-section\"><h2>{E(title)}</h2>{svg}");
        if (note is not null)
        {
            html.Append($"<p class=\"note\">{E(note)}</p>");
        }
        html.Append("</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
