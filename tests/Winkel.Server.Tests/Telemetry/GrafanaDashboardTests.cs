using System.Text.Json;
using System.Text.RegularExpressions;

namespace Winkel.Server.Tests.Telemetry;

public sealed partial class GrafanaDashboardTests
{
    [Fact]
    public async Task GrafanaDashboard_QueriesOnlyRecordedRulesAndExportedMetrics()
    {
        var root = AlertRulesTests.RepositoryRoot();
        var rules = await File.ReadAllTextAsync(Path.Combine(root, "deploy", "prometheus", "alerts.yml"), TestContext.Current.CancellationToken);
        using var dashboard = JsonDocument.Parse(await File.ReadAllTextAsync(
            Path.Combine(root, "deploy", "grafana", "winkel-overview.json"), TestContext.Current.CancellationToken));

        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray().Where(p => p.GetProperty("type").GetString() != "row").ToList();
        Assert.True(panels.Count >= 15);
        foreach (var panel in panels)
        {
            var targets = panel.GetProperty("targets").EnumerateArray().ToList();
            Assert.NotEmpty(targets);
            foreach (var expr in targets.Select(t => t.GetProperty("expr").GetString()!))
            {
                foreach (var recorded in RecordingRule().Matches(expr).Select(m => m.Value))
                {
                    Assert.Contains($"record: {recorded}\n", rules, StringComparison.Ordinal);
                }
            }
            Assert.Equal("${datasource}", panel.GetProperty("datasource").GetProperty("uid").GetString());
        }
    }

    [GeneratedRegex("winkel:[a-z0-9_:]+")]
    private static partial Regex RecordingRule();
}
