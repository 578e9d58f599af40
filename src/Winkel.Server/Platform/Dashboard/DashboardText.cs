using System.Globalization;

namespace Winkel.Server.Platform.Dashboard;

/// <summary>The dashboard's words in Dutch and English, chosen from Accept-Language (Dutch first, as the store is).</summary>
internal sealed record DashboardText(
    string Lang,
    CultureInfo Culture,
    string Title,
    string Updated,
    string Orders24h,
    string Revenue24h,
    string PaidLastHour,
    string P99LastHour,
    string CacheLastHour,
    string OrdersPerHour,
    string OrdersPerHourDesc,
    string RevenuePerHour,
    string RevenuePerHourDesc,
    string Outcomes,
    string OutcomesDesc,
    string Latency,
    string LatencyDesc,
    string CacheRatio,
    string CacheRatioDesc,
    string ZeroResults,
    string ZeroResultsNone,
    string Search,
    string Count,
    string NoData,
    string Truncated,
    string OrdersSeries,
    string RevenueSeries,
    string CheckoutsSeries,
    string P99Series,
    string Target,
    string NodeNote,
    IReadOnlyDictionary<string, string> OutcomeNames)
{
    public static readonly DashboardText Dutch = new(
        "nl", CultureInfo.GetCultureInfo("nl-NL"),
        "Dashboard", "Bijgewerkt", "Orders (24 uur)", "Omzet (24 uur)", "Betaald (laatste uur)", "p99-latentie (laatste uur)", "Cache-hitratio (laatste uur)",
        "Orders per uur", "Aantal geplaatste orders per uur, de afgelopen 24 uur.",
        "Omzet per uur", "Betaalde omzet in euro per uur (inclusief btw, min terugbetalingen), de afgelopen 24 uur.",
        "Afrekenresultaten (laatste uur)", "Hoe afrekenpogingen het afgelopen uur eindigden, per reden.",
        "p99-latentie", "De 99e percentiel van de antwoordtijd per vijf minuten, het afgelopen uur.",
        "Cache-hitratio", "Het aandeel opvragingen dat uit de cache kwam, per cache en per vijf minuten; de lijn is het doel van 85 %.",
        "Zoekopdrachten zonder resultaat", "Geen zoekopdrachten zonder resultaat.", "Zoekopdracht", "Aantal",
        "Geen gegevens", "Meer orders dan getoond kunnen worden: de grafiek is onvolledig.",
        "Orders", "Omzet", "Afrekeningen", "p99", "doel 85 %",
        "Latentie, cache en afrekenresultaten gelden voor deze server sinds zijn start; Grafana toont alle servers.",
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["paid"] = "betaald",
            ["declined"] = "geweigerd",
            ["out_of_stock"] = "niet op voorraad",
            ["three_ds_abandoned"] = "3-D Secure afgebroken",
        });

    public static readonly DashboardText English = new(
        "en", CultureInfo.GetCultureInfo("en-IE"),
        "Dashboard", "Updated", "Orders (24 h)", "Revenue (24 h)", "Paid (last hour)", "p99 latency (last hour)", "Cache hit ratio (last hour)",
        "Orders per hour", "Orders placed per hour over the last 24 hours.",
        "Revenue per hour", "Paid revenue in euros per hour (VAT included, less refunds) over the last 24 hours.",
        "Checkout outcomes (last hour)", "How checkouts ended in the last hour, by reason.",
        "p99 latency", "The 99th percentile of response time per five minutes over the last hour.",
        "Cache hit ratio", "The share of lookups served from cache, per cache and per five minutes; the line is the 85 % target.",
        "Searches with no results", "No searches without results.", "Search", "Count",
        "No data", "More orders than can be shown: the chart is incomplete.",
        "Orders", "Revenue", "Checkouts", "p99", "target 85 %",
        "Latency, cache and checkout outcomes are this server's since it started; Grafana shows every server.",
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["paid"] = "paid",
            ["declined"] = "declined",
            ["out_of_stock"] = "out of stock",
            ["three_ds_abandoned"] = "3-D Secure abandoned",
        });

    /// <summary>Dutch when the caller prefers it over English (by order and quality), English otherwise.</summary>
    public static DashboardText For(HttpRequest request)
    {
        foreach (var language in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? "";
            if (tag.StartsWith("nl", StringComparison.OrdinalIgnoreCase))
            {
                return Dutch;
            }
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }
        return Dutch;
    }

    /// <summary>For a page whose language the request localization already chose.</summary>
    public static DashboardText For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? English : Dutch;

    public string Money(decimal amount) => "€ " + amount.ToString("N2", Culture);

    public string Percent(double ratio) => ratio.ToString("P0", Culture);

    public string Duration(double seconds) => seconds < 1
        ? (seconds * 1000).ToString("0.#", Culture) + " ms"
        : seconds.ToString("0.##", Culture) + " s";

    public string Outcome(string outcome) => OutcomeNames.GetValueOrDefault(outcome, outcome.Replace('_', ' '));
}
