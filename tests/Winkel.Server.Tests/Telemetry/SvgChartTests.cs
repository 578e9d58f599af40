using System.Globalization;
using System.Xml.Linq;
using Winkel.Server.Platform.Dashboard;

namespace Winkel.Server.Tests.Telemetry;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static ChartSpec Spec(IReadOnlyList<string> labels, params ChartSeries[] series) =>
        new("c1", "Orders per hour", "Orders placed per hour.", labels, series, v => v.ToString("0.##", CultureInfo.InvariantCulture));

    [Fact]
    public void Bars_DrawOneBarPerValue_WithTitlesAxesAndTicks()
    {
        var svg = XElement.Parse(SvgChart.Bars(Spec(["10:00", "11:00", "12:00"], new ChartSeries("Orders", [3, 0, 7], "series-0"))));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Orders per hour", svg.Element(Svg + "title")?.Value);
        Assert.Equal("Orders placed per hour.", svg.Element(Svg + "desc")?.Value);
        var bars = svg.Elements(Svg + "rect").Where(r => ((string?)r.Attribute("class"))!.StartsWith("bar ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, bars.Count);
        Assert.Equal(["10:00 · Orders: 3", "11:00 · Orders: 0", "12:00 · Orders: 7"], bars.Select(b => b.Element(Svg + "title")!.Value));
        // The tallest bar is the largest value: heights are proportional.
        var heights = bars.Select(b => double.Parse((string)b.Attribute("height")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(0, heights[1]);
        Assert.Equal(heights[0] / 3, heights[2] / 7, precision: 3);
        Assert.Equal(2, svg.Elements(Svg + "line").Count(l => (string?)l.Attribute("class") == "axis"));
        var ticks = svg.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "tick").Select(t => t.Value).ToList();
        Assert.Contains("0", ticks);
        Assert.Equal(["0", "2", "4", "6", "8"], ticks.Take(5)); // four round steps to just above 7
        Assert.Contains("11:00", ticks);
    }

    [Fact]
    public void Lines_BreakAtGaps_AndDrawTheThreshold()
    {
        var spec = Spec(["a", "b", "c", "d", "e"], new ChartSeries("catalog", [0.9, 0.8, null, 0.95, 0.99], "series-1")) with
        {
            Threshold = 0.85,
            ThresholdLabel = "target 85 %",
            FixedMax = 1,
        };

        var svg = XElement.Parse(SvgChart.Lines(spec));

        Assert.Equal(2, svg.Elements(Svg + "polyline").Count());
        Assert.Equal(4, svg.Elements(Svg + "circle").Count());
        var threshold = Assert.Single(svg.Elements(Svg + "line"), l => (string?)l.Attribute("class") == "threshold");
        Assert.Equal("target 85 %", threshold.Element(Svg + "title")?.Value);
        Assert.Contains(svg.Elements(Svg + "text"), t => t.Value == "catalog");
    }

    [Fact]
    public void Chart_SaysNoData_WhenThereAreNoValues()
    {
        var svg = XElement.Parse(SvgChart.Lines(Spec(["a", "b"], new ChartSeries("p99", [null, null], "series-0")) with { NoData = "Geen gegevens" }));

        Assert.Contains(svg.Elements(Svg + "text"), t => t.Value == "Geen gegevens");
        Assert.Empty(svg.Elements(Svg + "polyline"));
    }

    [Fact]
    public void Chart_EscapesText_AndUsesNoStyleAttributes()
    {
        var markup = SvgChart.Bars(Spec(["<script>alert(1)</script>"], new ChartSeries("a & b", [1], "series-0")));

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("fill=", markup, StringComparison.Ordinal);
        Assert.Contains(XElement.Parse(markup).Descendants(Svg + "title"), t => t.Value.StartsWith("<script>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(7.0, 10.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(1.3, 2.0)]
    [InlineData(2.2, 2.5)]
    [InlineData(480.0, 500.0)]
    [InlineData(0.031, 0.05)]
    public void NiceCeiling_RoundsUpToOneTwoTwoAndAHalfOrFive(double value, double expected) =>
        Assert.Equal(expected, SvgChart.NiceCeiling(value), precision: 9);
}
