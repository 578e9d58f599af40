using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Catalog.Changes;
using Winkel.Server.Cli;

namespace Winkel.Server.Tests.Catalog;

public sealed class ChangeFeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdminWrite_ReachesInProcessSubscribers_WithOldAndNewImages()
    {
        await using var factory = new WinkelAppFactory();
        var handler = new RecordingChangeHandler("test-live", resumesFromCheckpoint: false);
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICatalogChangeHandler>(handler)));
        app.CreateClient().Dispose();
        using var admin = await AdminClientAsync(app);

        await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("feed-1", price: 10m), Ct);
        await admin.PatchAsJsonAsync("/api/admin/products/feed-1", new { price = 8m }, Ct);

        await handler.WaitForAsync("feed-1");
        for (var i = 0; i < 200 && handler.Received.Count < 2; i++)
        {
            await Task.Delay(50, Ct);
        }
        var changes = handler.Received.ToList();
        Assert.Equal([CatalogChangeKind.Created, CatalogChangeKind.Updated], changes.Select(c => c.Kind));
        Assert.Equal(10m, changes[1].OldImage!.Price);
        Assert.Equal(8m, changes[1].NewImage!.Price);
    }

    [Fact]
    public async Task ADurableSubscriber_ResumesAfterItsCheckpoint_AndGetsChangesMadeWhileTheStoreWasDown()
    {
        var dataDir = WinkelAppFactory.NewDataDir();
        try
        {
            var first = new RecordingChangeHandler("test-durable", resumesFromCheckpoint: true);
            await using (var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false))
            {
                using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICatalogChangeHandler>(first)));
                using var admin = await AdminClientAsync(app);
                await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("before-stop"), Ct);
                var change = await first.WaitForAsync("before-stop");
                var checkpoints = app.Services.GetRequiredService<IChangeFeedCheckpoints>();
                for (var i = 0; i < 200 && await checkpoints.GetAsync("test-durable", Ct) < change.Position; i++)
                {
                    await Task.Delay(50, Ct);
                }
            }

            // While no server runs, the import verb writes to the same data folder.
            var file = Path.Combine(dataDir, "while-down.jsonl");
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(TestProducts.Body("while-down")) + "\n", Ct);
            Assert.Equal(0, await CommandLine.RunAsync(["import", file, $"--Winkel:DataDir={dataDir}"], TextWriter.Null));

            var second = new RecordingChangeHandler("test-durable", resumesFromCheckpoint: true);
            await using (var factory = new WinkelAppFactory(dataDir, deleteDataOnDispose: false))
            {
                using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICatalogChangeHandler>(second)));
                app.CreateClient().Dispose();
                await second.WaitForAsync("while-down");
            }

            Assert.DoesNotContain(second.Received, c => c.ProductId == "before-stop");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static Task<HttpClient> AdminClientAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app) =>
        app.CreateClient().AsAdminAsync();
}
