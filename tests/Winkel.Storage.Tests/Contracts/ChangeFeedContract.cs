using Winkel.Catalog.Changes;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;

namespace Winkel.Storage.Tests.Contracts;

/// <summary>What every change-feed adapter must do: every write recorded with its images, durably, in order.</summary>
public abstract class ChangeFeedContract : StorageContract
{
    private ICatalogStore Store => Adapter.Get<ICatalogStore>();
    private ICatalogChangeFeed Feed => Adapter.Get<ICatalogChangeFeed>();
    private IChangeFeedCheckpoints Checkpoints => Adapter.Get<IChangeFeedCheckpoints>();

    [Fact]
    public async Task EveryWrite_RecordsItsChange_WithOldAndNewImages_InOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("p1", price: 10m, at: 100), ct);
        await Store.PatchAsync("p1", new ProductPatch { Price = 12m }, 200, ct);
        await Store.ReplaceAsync(Products.Make("p1", price: 14m, at: 300), ct);
        await Store.DeleteAsync("p1", 400, ct);
        await Store.UpsertManyAsync([Products.Make("p2", at: 500)], ct);

        var changes = await Feed.ReadAsync(0, 100, ct);

        Assert.Equal(
            [CatalogChangeKind.Created, CatalogChangeKind.Updated, CatalogChangeKind.Updated, CatalogChangeKind.Deleted, CatalogChangeKind.Created],
            changes.Select(c => c.Kind));
        Assert.Equal([100L, 200, 300, 400, 500], changes.Select(c => c.ChangedAt));
        Assert.Equal(10m, changes[1].OldImage!.Price);
        Assert.Equal(12m, changes[1].NewImage!.Price);
        Assert.Equal(14m, changes[3].OldImage!.Price);
        Assert.Null(changes[3].NewImage);
        Assert.True(changes.Zip(changes.Skip(1)).All(pair => pair.First.Position < pair.Second.Position));
        Assert.Equal(changes[^1].Position, await Feed.GetLastPositionAsync(ct));
    }

    [Fact]
    public async Task AWriteThatDoesNothing_RecordsNoChange()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("p1"), ct);
        var before = await Feed.GetLastPositionAsync(ct);

        await Store.CreateAsync(Products.Make("p1"), ct);
        await Store.ReplaceAsync(Products.Make("missing"), ct);
        await Store.PatchAsync("missing", new ProductPatch { Price = 1m }, 1, ct);
        await Store.DeleteAsync("missing", 1, ct);

        Assert.Equal(before, await Feed.GetLastPositionAsync(ct));
    }

    [Fact]
    public async Task Read_ReturnsChangesAfterAPosition_UpToTheLimit()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.UpsertManyAsync(Enumerable.Range(0, 10).Select(i => Products.Make($"p{i}")).ToList(), ct);
        var all = await Feed.ReadAsync(0, 100, ct);

        var page = await Feed.ReadAsync(all[3].Position, 4, ct);

        Assert.Equal(all.Skip(4).Take(4).Select(c => c.Position), page.Select(c => c.Position));
        Assert.Empty(await Feed.ReadAsync(all[^1].Position, 10, ct));
    }

    [Fact]
    public async Task Changes_AreNeverLost_AcrossARestart()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.CreateAsync(Products.Make("p1", price: 10m), ct);
        await Store.PatchAsync("p1", new ProductPatch { Stock = 0 }, 2, ct);

        await Adapter.RestartAsync();
        var changes = await Feed.ReadAsync(0, 100, ct);

        Assert.Equal(2, changes.Count);
        Assert.Equal(0, changes[1].NewImage!.Stock);
        Assert.Equal(5, changes[1].OldImage!.Stock);
    }

    [Fact]
    public async Task Prune_DeletesTheOldestChangesBeforeATime_UpToTheLimit()
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var (id, at) in new[] { ("a", 100L), ("b", 200L), ("c", 300L), ("d", 400L) })
        {
            await Store.CreateAsync(Products.Make(id, at: at), ct);
        }

        var first = await Feed.PruneAsync(changedBefore: 350, limit: 2, ct);
        var second = await Feed.PruneAsync(changedBefore: 350, limit: 2, ct);

        Assert.Equal((2, 1), (first, second));
        Assert.Equal(["d"], (await Feed.ReadAsync(0, 10, ct)).Select(c => c.ProductId));
    }

    [Fact]
    public async Task Checkpoints_StartAtZero_AndSurviveARestart()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, await Checkpoints.GetAsync("search", ct));

        await Checkpoints.SaveAsync("search", 42, ct);
        await Checkpoints.SaveAsync("search", 43, ct);
        await Checkpoints.SaveAsync("other", 7, ct);
        await Adapter.RestartAsync();

        Assert.Equal(43, await Checkpoints.GetAsync("search", ct));
        Assert.Equal(7, await Checkpoints.GetAsync("other", ct));
    }
}
