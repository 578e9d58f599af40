using System.Globalization;
using System.Net;
using System.Text;

namespace Winkel.Server.Platform.Dashboard;

/// <summary>One series of a chart; its CSS class gives its colour (the CSP forbids style attributes).</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string CssClass);

/// <summary>
/// What to draw: a title and a description (read by screen readers), one label per x position, the
/// series, how to write a value, and an optional threshold line (the 85 % cache hit ratio, say).
/// <see cref="MinStep"/> keeps the ticks of counts whole (1).
/// </summary>
internal sealed record ChartSpec(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series,
    Func<double, string> Format,
    double? Threshold = null,
    string? ThresholdLabel = null,
    double? FixedMax = null,
    string NoData = "No data",
    double MinStep = 0);

/// <summary>
/// Bar and line charts as inline SVG, drawn on the server in plain C#: no chart library, no script.
/// Colours and fonts come from classes styled by dashboard.css; every bar and point carries a
/// <c>&lt;title&gt;</c> with its exact value, and the chart a <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>.
/// </summary>
internal static class SvgChart
{
    public const int Width = 640;
    public const int Height = 240;
    private const int Left = 56, Right = 12, Top = 28, Bottom = 36;
    private const int PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public static string Bars(ChartSpec spec) => Draw(spec, bars: true);

    public static string Lines(ChartSpec spec) => Draw(spec, bars: false);

    private static string Draw(ChartSpec spec, bool bars)
    {
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{spec.Id}-title {spec.Id}-desc\">"));
        svg.Append(Inv($"<title id=\"{spec.Id}-title\">{Escape(spec.Title)}</title><desc id=\"{spec.Id}-desc\">{Escape(spec.Description)}</desc>"));

        var values = spec.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        if (values.Count == 0 || spec.Labels.Count == 0)
        {
            Axes(svg);
            svg.Append(Inv($"<text class=\"chart-empty\" x=\"{Left + PlotWidth / 2}\" y=\"{Top + PlotHeight / 2}\" text-anchor=\"middle\">{Escape(spec.NoData)}</text></svg>"));
            return svg.ToString();
        }

        // Four round steps (1, 2, 2.5 or 5 × 10ⁿ) from zero to just above the largest value, so every tick reads plainly.
        const int ticks = 4;
        var max = spec.FixedMax
            ?? ticks * Math.Max(NiceCeiling(Math.Max(values.Max(), spec.Threshold ?? 0) / ticks), spec.MinStep);
        for (var i = 0; i <= ticks; i++)
        {
            var value = max * i / ticks;
            var y = Y(value, max);
            svg.Append(Inv($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>"));
            svg.Append(Inv($"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Escape(spec.Format(value))}</text>"));
        }
        Axes(svg);

        var slot = (double)PlotWidth / spec.Labels.Count;
        var every = Math.Max(1, (int)Math.Ceiling(spec.Labels.Count / 12.0));
        for (var i = 0; i < spec.Labels.Count; i += every)
        {
            svg.Append(Inv($"<text class=\"tick\" x=\"{Left + slot * (i + 0.5):0.#}\" y=\"{Top + PlotHeight + 16}\" text-anchor=\"middle\">{Escape(spec.Labels[i])}</text>"));
        }

        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            if (bars)
            {
                DrawBars(svg, spec, series, s, slot, max);
            }
            else
            {
                DrawLine(svg, spec, series, slot, max);
            }
        }

        if (spec.Threshold is { } threshold)
        {
            var y = Y(threshold, max);
            svg.Append(Inv($"<line class=\"threshold\" x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"><title>{Escape(spec.ThresholdLabel ?? spec.Format(threshold))}</title></line>"));
        }

        // Legend along the top, one swatch per series.
        double x = Left;
        foreach (var series in spec.Series)
        {
            svg.Append(Inv($"<rect class=\"swatch {series.CssClass}\" x=\"{x:0.#}\" y=\"8\" width=\"10\" height=\"10\"/>"));
            svg.Append(Inv($"<text class=\"legend\" x=\"{x + 14:0.#}\" y=\"17\">{Escape(series.Name)}</text>"));
            x += 24 + series.Name.Length * 7;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void DrawBars(StringBuilder svg, ChartSpec spec, ChartSeries series, int index, double slot, double max)
    {
        var groupWidth = slot * 0.8;
        var barWidth = groupWidth / spec.Series.Count;
        for (var i = 0; i < series.Values.Count && i < spec.Labels.Count; i++)
        {
            if (series.Values[i] is not { } value)
            {
                continue;
            }
            var x = Left + slot * i + (slot - groupWidth) / 2 + barWidth * index;
            var y = Y(value, max);
            svg.Append(Inv($"<rect class=\"bar {series.CssClass}\" x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{Math.Max(barWidth - 1, 1):0.##}\" height=\"{Top + PlotHeight - y:0.##}\">"));
            svg.Append(Inv($"<title>{Escape(spec.Labels[i])} · {Escape(series.Name)}: {Escape(spec.Format(value))}</title></rect>"));
        }
    }

    private static void DrawLine(StringBuilder svg, ChartSpec spec, ChartSeries series, double slot, double max)
    {
        // A gap (null) breaks the line rather than drawing it to zero.
        var run = new List<string>();
        void Flush()
        {
            if (run.Count > 1)
            {
                svg.Append(Inv($"<polyline class=\"line {series.CssClass}\" points=\"{string.Join(' ', run)}\"/>"));
            }
            run.Clear();
        }
        for (var i = 0; i < series.Values.Count && i < spec.Labels.Count; i++)
        {
            if (series.Values[i] is not { } value)
            {
                Flush();
                continue;
            }
            var x = Left + slot * (i + 0.5);
            var y = Y(value, max);
            run.Add(Inv($"{x:0.##},{y:0.##}"));
            svg.Append(Inv($"<circle class=\"point {series.CssClass}\" cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"2.5\"><title>{Escape(spec.Labels[i])} · {Escape(series.Name)}: {Escape(spec.Format(value))}</title></circle>"));
        }
        Flush();
    }

    private static void Axes(StringBuilder svg) =>
        svg.Append(Inv($"<line class=\"axis\" x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + PlotHeight}\"/><line class=\"axis\" x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{Top + PlotHeight}\" y2=\"{Top + PlotHeight}\"/>"));

    private static double Y(double value, double max) => Top + PlotHeight - Math.Clamp(value / max, 0, 1) * PlotHeight;

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above <paramref name="value"/>, so the ticks are round.</summary>
    internal static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value - 1e-12)
            {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
