using System.Diagnostics;

namespace Winkel.Deploy.Tests;

/// <summary>
/// What a merchant runs: the pinned CDK CLI synthesizes the app with <c>cdk.json</c>'s context and no
/// AWS account or network (./test.sh runs it inside a loopback-only namespace).
/// </summary>
public sealed class CdkCliTests
{
    [Fact]
    public async Task CdkSynth_WritesEveryStack_OfflineWithThePinnedCli()
    {
        var cli = Environment.GetEnvironmentVariable("WINKEL_TEST_CDK_CLI");
        Assert.False(string.IsNullOrEmpty(cli), "WINKEL_TEST_CDK_CLI is not set: run ./test.sh (tests/services/cdk.sh installs the pinned CDK CLI).");
        var project = Path.Combine(RepositoryRoot.Find(null), "deploy", "Winkel.Deploy");
        var outdir = Directory.CreateTempSubdirectory("winkel-cdk-cli-").FullName;
        try
        {
            var start = new ProcessStartInfo(cli!)
            {
                WorkingDirectory = project,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            // The built app, not `dotnet run`: no restore or build inside the namespace.
            foreach (var arg in new[] { "synth", "--all", "--quiet", "--no-notices", "--app", $"dotnet \"{DeployAssembly()}\"", "--output", outdir })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.True(process.ExitCode == 0, $"cdk synth exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
            var templates = Directory.GetFiles(outdir, "*.template.json").Select(Path.GetFileName).Order();
            Assert.Equal(
                ["Winkel-Cache.template.json", "Winkel-Compute.template.json", "Winkel-Data.template.json", "Winkel-Edge.template.json",
                 "Winkel-EdgeMonitoring.template.json", "Winkel-Monitoring.template.json", "Winkel-Network.template.json"],
                templates);
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    // artifacts/bin/Winkel.Deploy.Tests/<config>/ sits beside artifacts/bin/Winkel.Deploy/<config>/.
    private static string DeployAssembly()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var config = Path.GetFileName(here);
        var sibling = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here))!, "Winkel.Deploy", config, "Winkel.Deploy.dll");
        return File.Exists(sibling) ? sibling : Path.Combine(here, "Winkel.Deploy.dll");
    }
}
