using System.Diagnostics;

namespace Winkel.Server.Tests.Telemetry;

/// <summary>deploy/prometheus/alerts.yml is valid and its unit tests (alerts.test.yml) pass, by promtool itself.</summary>
public sealed class AlertRulesTests
{
    [Fact]
    public async Task AlertRules_PassPromtoolCheck()
    {
        var (code, output) = await PromtoolAsync("check", "rules", "alerts.yml");

        Assert.True(code == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertRules_PassTheirUnitTests_OnSyntheticSeries()
    {
        var (code, output) = await PromtoolAsync("test", "rules", "alerts.test.yml");

        Assert.True(code == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertRules_UseTheMetricNamesTheStoreExports()
    {
        var rules = await File.ReadAllTextAsync(Path.Combine(RulesDir(), "alerts.yml"), TestContext.Current.CancellationToken);

        foreach (var name in new[]
        {
            "http_server_request_duration_seconds_count", "http_server_request_duration_seconds_bucket", "winkel_checkout_outcomes_total",
            "winkel_payments_authorizations_total", "winkel_payments_challenges_total", "winkel_payments_attempts_total",
            "winkel_carts_abandoned_total", "winkel_carts_created_total", "winkel_orders_revenue_total",
            "winkel_cache_hits_total", "winkel_cache_misses_total", "winkel_http_rate_limited_total", "winkel_search_index_lag_seconds",
        })
        {
            Assert.Contains(name, rules, StringComparison.Ordinal);
        }
    }

    private static async Task<(int Code, string Output)> PromtoolAsync(params string[] args)
    {
        var promtool = Environment.GetEnvironmentVariable("WINKEL_TEST_PROMTOOL");
        Assert.False(string.IsNullOrEmpty(promtool),
            "WINKEL_TEST_PROMTOOL is not set: run ./test.sh, which installs promtool (Debian package prometheus) and sets it.");
        var start = new ProcessStartInfo(promtool!)
        {
            WorkingDirectory = RulesDir(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>deploy/prometheus, found by walking up from the test binary to the repository root.</summary>
    internal static string RulesDir() => Path.Combine(RepositoryRoot(), "deploy", "prometheus");

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Winkel.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Winkel.slnx not found above " + AppContext.BaseDirectory);
    }
}
