namespace Winkel.Server.Platform.Dashboard;

/// <summary>The dashboard's styles, served as a file because the Content-Security-Policy allows no inline styles.</summary>
internal static class DashboardStylesheet
{
    public const string Css = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #d7dbe3; --bg: #f6f7f9; --card: #fff;
                --s0: #2f6fdf; --s1: #1f9d6b; --s2: #e08a1e; --s3: #c2410c; --s4: #7c3aed; --s5: #0e7490; }
        body.dashboard { margin: 0; font: 15px/1.4 system-ui, sans-serif; color: var(--ink); background: var(--bg); }
        .dashboard header, .dashboard .dash-grid, .dashboard footer { max-width: 1320px; margin: 0 auto; padding: 0 16px; }
        .dashboard h1 { margin: 20px 0 4px; font-size: 26px; }
        .dashboard h2 { margin: 0 0 8px; font-size: 16px; }
        .updated, .note, footer p { color: var(--muted); font-size: 13px; }
        .dash-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
        .dash-grid > section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px; }
        .kpis { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 24px; }
        .kpi { display: flex; flex-direction: column; min-width: 150px; }
        .kpi-label { color: var(--muted); font-size: 13px; }
        .kpi-value { font-size: 28px; font-weight: 600; }
        svg.chart { width: 100%; height: auto; display: block; }
        .chart .axis { stroke: var(--ink); stroke-width: 1; }
        .chart .grid { stroke: var(--line); stroke-width: 1; }
        .chart .tick, .chart .legend { font-size: 11px; fill: var(--muted); }
        .chart .chart-empty { font-size: 14px; fill: var(--muted); }
        .chart .threshold { stroke: var(--s3); stroke-width: 1.5; stroke-dasharray: 6 4; }
        .chart .line { fill: none; stroke-width: 2; }
        .chart .series-0 { fill: var(--s0); stroke: var(--s0); }
        .chart .series-1 { fill: var(--s1); stroke: var(--s1); }
        .chart .series-2 { fill: var(--s2); stroke: var(--s2); }
        .chart .series-3 { fill: var(--s3); stroke: var(--s3); }
        .chart .series-4 { fill: var(--s4); stroke: var(--s4); }
        .chart .series-5 { fill: var(--s5); stroke: var(--s5); }
        .chart polyline.line { fill: none; }
        table.searches { width: 100%; border-collapse: collapse; }
        .searches th, .searches td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--line); }
        .searches .number { text-align: right; font-variant-numeric: tabular-nums; }
        """;
}
