using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Catalog.Changes;
using Winkel.Server.Tests.Catalog;

namespace Winkel.Server.Tests.Durability;

/// <summary>What the store acknowledged survives SIGKILL: catalog writes and their change-feed records.</summary>
public sealed class KilledProcessTests : IDisposable
{
    private readonly string _dataDir = WinkelAppFactory.NewDataDir();

    private static readonly string[] Admin =
        [$"--Winkel:Admin:Email={WinkelAppFactory.AdminEmail}", $"--Winkel:Admin:Password={WinkelAppFactory.AdminPassword}"];

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public async Task AcknowledgedCatalogWrites_AndTheirChanges_SurviveAKilledProcess()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var server = await ServerProcess.StartAsync(_dataDir, Admin))
        {
            using var admin = await AdminClientAsync(server.Address);
            for (var i = 0; i < 20; i++)
            {
                var created = await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body($"kill-{i}", price: 10m + i), ct);
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            }
            var patched = await admin.PatchAsJsonAsync("/api/admin/products/kill-7", new { price = 1.23m, stock = 0 }, ct);
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

            await server.KillAsync();
        }

        AssertChangeFeedHoldsEveryWrite();

        await using (var restarted = await ServerProcess.StartAsync(_dataDir, Admin))
        {
            using var client = new HttpClient { BaseAddress = restarted.Address };
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/products/kill-{i}", ct)).StatusCode);
            }
            var product = await client.GetFromJsonAsync<JsonElement>("/api/products/kill-7", ct);
            Assert.Equal(1.23m, product.GetProperty("price").GetDecimal());
            Assert.False(product.GetProperty("inStock").GetBoolean());
        }
    }

    private void AssertChangeFeedHoldsEveryWrite()
    {
        using var host = StoreOnDisk.Open(_dataDir);
        var changes = host.Services.GetRequiredService<ICatalogChangeFeed>().ReadAsync(0, 100).GetAwaiter().GetResult();

        Assert.Equal(21, changes.Count);
        Assert.Equal(CatalogChangeKind.Updated, changes[^1].Kind);
        Assert.Equal(17m, changes[^1].OldImage!.Price);
        Assert.Equal(1.23m, changes[^1].NewImage!.Price);
    }

    private static Task<HttpClient> AdminClientAsync(Uri address) => new HttpClient { BaseAddress = address }.AsAdminAsync();
}
