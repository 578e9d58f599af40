using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lucene.Net.Index;
using Microsoft.Data.Sqlite;
using Winkel.Search.Analysis;
using Winkel.Search.Indexing;
using Winkel.Server.Cli;
using Winkel.Server.Tests.Catalog;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Winkel.Server.Tests.Search;

/// <summary>The index across restarts: resume from its own checkpoint, rebuild when the feed was pruned past it, and reindex on demand.</summary>
public sealed class SearchIndexLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheIndexer_ResumesAfterARestart_WithChangesMadeWhileItWasDown_WithoutARebuild()
    {
        var dataDir = WinkelAppFactory.NewDataDir();
        try
        {
            await using (var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false))
            {
                using var admin = await factory.CreateAdminClientAsync();
                (await admin.PostAsJsonAsync("/api/admin/products", Named("before-stop", "Rode tulpenvaas"), Ct)).EnsureSuccessStatusCode();
                await SearchWait.UntilAsync(factory.CreateClient(), "q=tulpenvaas", b => SearchWait.Ids(b).Contains("before-stop"));
            }
            var folderBefore = await File.ReadAllTextAsync(Path.Combine(dataDir, "search", "current"), Ct);

            await ImportAsync(dataDir, Named("while-down", "Blauwe tulpenvaas"));

            await using (var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false))
            {
                using var client = factory.CreateClient();
                var body = await SearchWait.UntilAsync(client, "q=tulpenvaas", b => SearchWait.Ids(b).Contains("while-down"));
                Assert.Contains("before-stop", SearchWait.Ids(body));
            }
            Assert.Equal(folderBefore, await File.ReadAllTextAsync(Path.Combine(dataDir, "search", "current"), Ct));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task TheIndexer_Rebuilds_WhenTheFeedWasPrunedPastItsPosition()
    {
        var dataDir = WinkelAppFactory.NewDataDir();
        try
        {
            await using (var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false))
            {
                using var admin = await factory.CreateAdminClientAsync();
                (await admin.PostAsJsonAsync("/api/admin/products", Named("kept", "Groene gieter"), Ct)).EnsureSuccessStatusCode();
                await SearchWait.UntilAsync(factory.CreateClient(), "q=gieter", b => SearchWait.Ids(b).Contains("kept"));
            }
            await ImportAsync(dataDir, Named("pruned", "Gele gieter"));
            await ImportAsync(dataDir, Named("after-prune", "Paarse gieter"));
            // Retention pruning removed the oldest change the index had not seen.
            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "winkel.db")};Pooling=False"))
            {
                await connection.OpenAsync(Ct);
                await using var delete = connection.CreateCommand();
                delete.CommandText = "DELETE FROM catalog_changes WHERE product_id IN ('kept', 'pruned')";
                Assert.Equal(2, await delete.ExecuteNonQueryAsync(Ct));
            }

            await using (var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false))
            {
                var body = await SearchWait.UntilAsync(factory.CreateClient(), "q=gieter", b => b.GetProperty("total").GetInt64() == 3);
                Assert.Equal(["after-prune", "kept", "pruned"], SearchWait.Ids(body).Order());
            }
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task TheIndexer_RebuildsAside_WhenTheIndexWasAnalysedWithAnOlderVersion()
    {
        var dataDir = WinkelAppFactory.NewDataDir();
        try
        {
            await using (var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false))
            {
                using var admin = await factory.CreateAdminClientAsync();
                (await admin.PostAsJsonAsync("/api/admin/products", Named("old-analysis", "Rieten mand"), Ct)).EnsureSuccessStatusCode();
                await SearchWait.UntilAsync(factory.CreateClient(), "q=mand", b => SearchWait.Ids(b).Contains("old-analysis"));
            }
            var searchDir = Path.Combine(dataDir, "search");
            var folderBefore = await File.ReadAllTextAsync(Path.Combine(searchDir, "current"), Ct);
            MarkAnalysedWith(Path.Combine(searchDir, folderBefore), "1");

            string folderAfter;
            await using (var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false))
            {
                using var client = factory.CreateClient();
                // The old index answers at once; its successor replaces it.
                Assert.Contains("old-analysis", SearchWait.Ids(await SearchWait.UntilAsync(client, "q=mand", b => b.GetProperty("total").GetInt64() == 1)));
                for (var i = 0; i < 600 && await File.ReadAllTextAsync(Path.Combine(searchDir, "current"), Ct) == folderBefore; i++)
                {
                    await Task.Delay(50, Ct);
                }
                folderAfter = await File.ReadAllTextAsync(Path.Combine(searchDir, "current"), Ct);
                Assert.NotEqual(folderBefore, folderAfter);
                Assert.Contains("old-analysis", SearchWait.Ids(await SearchWait.UntilAsync(client, "q=mand", b => b.GetProperty("total").GetInt64() == 1)));
            }
            using var rebuilt = SearchIndex.Open(Path.Combine(searchDir, folderAfter), ProductAnalyzers.Query(), 16, create: false);
            Assert.Equal(ProductAnalyzers.AnalysisVersion, rebuilt.AnalysisVersion);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Reindex_BuildsAside_AndSwaps_WhileSearchesKeepAnswering()
    {
        await using var factory = new WinkelAppFactory();
        using var admin = await factory.CreateAdminClientAsync();
        using var client = factory.CreateClient();
        (await admin.PostAsJsonAsync("/api/admin/products", Named("swap-1", "Houten speelgoedtrein"), Ct)).EnsureSuccessStatusCode();
        await SearchWait.UntilAsync(client, "q=speelgoedtrein", b => SearchWait.Ids(b).Contains("swap-1"));
        var before = await File.ReadAllTextAsync(Path.Combine(factory.DataDir, "search", "current"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/admin/search/reindex", null, Ct)).StatusCode);
        using var customer = await factory.CreateCustomerClientAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.PostAsync("/api/admin/search/reindex", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/admin/search/reindex", null, Ct)).StatusCode);

        // Every search during and after the rebuild finds the product.
        for (var i = 0; i < 200 && await File.ReadAllTextAsync(Path.Combine(factory.DataDir, "search", "current"), Ct) == before; i++)
        {
            var during = await client.GetFromJsonAsync<JsonElement>("/api/search?q=speelgoedtrein", Ct);
            Assert.Contains("swap-1", SearchWait.Ids(during));
            await Task.Delay(50, Ct);
        }
        Assert.NotEqual(before, await File.ReadAllTextAsync(Path.Combine(factory.DataDir, "search", "current"), Ct));
        var after = await client.GetFromJsonAsync<JsonElement>("/api/search?q=speelgoed", Ct);
        Assert.Contains("swap-1", SearchWait.Ids(after));
        var status = await admin.GetFromJsonAsync<JsonElement>("/api/admin/search/status", Ct);
        Assert.Equal(1, status.GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task TheReindexVerb_RebuildsTheIndexOfAStoppedStore()
    {
        var dataDir = WinkelAppFactory.NewDataDir();
        try
        {
            await ImportAsync(dataDir, Named("cli-1", "Stenen bloempot"));
            var output = new StringWriter();
            Assert.Equal(0, await CommandLine.RunAsync(["reindex", $"--Winkel:DataDir={dataDir}"], output));
            Assert.Contains("Indexed 1 products", output.ToString(), StringComparison.Ordinal);

            await using var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false);
            await SearchWait.UntilAsync(factory.CreateClient(), "q=bloempot", b => SearchWait.Ids(b).Contains("cli-1"));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    /// <summary>Rewrites the index's commit data as an older build would have left it.</summary>
    private static void MarkAnalysedWith(string folder, string version)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ProductAnalyzers.Version, ProductAnalyzers.Query()) { OpenMode = OpenMode.APPEND });
        var data = new Dictionary<string, string>(writer.CommitData) { ["winkel.analysis"] = version };
        writer.SetCommitData(data);
        writer.Commit();
    }

    private static Dictionary<string, object?> Named(string id, string name)
    {
        var body = TestProducts.Body(id);
        body["name"] = name;
        return body;
    }

    private static async Task ImportAsync(string dataDir, Dictionary<string, object?> product)
    {
        Directory.CreateDirectory(dataDir);
        var file = Path.Combine(dataDir, $"{product["productId"]}.jsonl");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(product) + "\n", Ct);
        Assert.Equal(0, await CommandLine.RunAsync(["import", file, $"--Winkel:DataDir={dataDir}"], TextWriter.Null));
    }
}
