using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Winkel.Server.Cli;

namespace Winkel.Server.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = WinkelAppFactory.NewDataDir();

    public CommandLineTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Generate_WritesTheRequestedNumberOfProducts_Deterministically()
    {
        var first = Path.Combine(_dir, "a.jsonl");
        var second = Path.Combine(_dir, "b.jsonl");

        Assert.Equal(0, await CommandLine.RunAsync(["generate", "--products", "300", "--out", first], TextWriter.Null));
        Assert.Equal(0, await CommandLine.RunAsync(["generate", "--products", "300", "--out", second], TextWriter.Null));

        var lines = await File.ReadAllLinesAsync(first, TestContext.Current.CancellationToken);
        Assert.Equal(300, lines.Length);
        Assert.Equal(lines, await File.ReadAllLinesAsync(second, TestContext.Current.CancellationToken));
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task Import_LoadsAGeneratedFile_IntoTheDataFolder_ThatTheServerThenServes()
    {
        var file = Path.Combine(_dir, "catalog.jsonl");
        var dataDir = Path.Combine(_dir, "data");
        await CommandLine.RunAsync(["generate", "--products", "250", "--out", file], TextWriter.Null);
        var output = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["import", file, $"--Winkel:DataDir={dataDir}"], output);

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 250 products", output.ToString(), StringComparison.Ordinal);
        await using var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false);
        using var client = factory.CreateClient();
        var firstId = JsonDocument.Parse(File.ReadLines(file).First()).RootElement.GetProperty("productId").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/products/{firstId}", TestContext.Current.CancellationToken)).StatusCode);
        var categories = await client.GetFromJsonAsync<JsonElement>("/api/categories", TestContext.Current.CancellationToken);
        Assert.Equal(250, categories.GetProperty("items").EnumerateArray().Sum(c => c.GetProperty("productCount").GetInt64()));
    }

    [Fact]
    public async Task Import_ReportsBadLines_AndExitsWith1()
    {
        var file = Path.Combine(_dir, "bad.jsonl");
        await File.WriteAllTextAsync(file, "{\"productId\":\"x\"}\n", TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["import", file, $"--Winkel:DataDir={Path.Combine(_dir, "data")}"], output);

        Assert.Equal(1, exitCode);
        Assert.Contains("line 1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_Exits2_WithoutItsOptions() =>
        Assert.Equal(2, await CommandLine.RunAsync(["generate"], TextWriter.Null));
}
