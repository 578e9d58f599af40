using Winkel.Cart.Carts;
using Winkel.Cart.Storage;

namespace Winkel.Storage.Tests.Contracts;

/// <summary>What every cart adapter must do: owner-keyed carts, optimistic versions, expiry invisible at once.</summary>
public abstract class CartStoreContract : StorageContract
{
    private const long Now = 1_800_000_000;

    private ICartStore Carts => Adapter.Get<ICartStore>();

    private static Cart.Carts.Cart Make(string owner, long version = 1, long expiresAt = Now + 1000, params (string Id, int Quantity)[] lines) =>
        new(owner, $"cart-{owner}", lines.Select(l => new CartLine(l.Id, l.Quantity, Now)).ToList(), Now, Now, expiresAt, version);

    [Fact]
    public async Task Save_ThenGet_ReturnsTheCart()
    {
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await Carts.SaveAsync(Make("g_1", lines: [("p1", 2), ("p2", 1)]), Now, ct));

        var cart = await Carts.GetAsync("g_1", Now, ct);
        Assert.Equal([("p1", 2), ("p2", 1)], cart!.Lines.Select(l => (l.ProductId, l.Quantity)));
        Assert.Equal(1, cart.Version);
        Assert.Null(await Carts.GetAsync("g_other", Now, ct));
    }

    [Fact]
    public async Task Save_Refuses_WhenAnotherWriteCameFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await Carts.SaveAsync(Make("c_1", version: 1), Now, ct);

        Assert.True(await Carts.SaveAsync(Make("c_1", version: 2, lines: [("a", 1)]), Now, ct));
        Assert.False(await Carts.SaveAsync(Make("c_1", version: 2, lines: [("b", 1)]), Now, ct));
        Assert.False(await Carts.SaveAsync(Make("c_1", version: 1), Now, ct));
        Assert.Equal("a", (await Carts.GetAsync("c_1", Now, ct))!.Lines.Single().ProductId);
    }

    [Fact]
    public async Task ConcurrentSavesOverOneVersion_LetExactlyOneWin()
    {
        var ct = TestContext.Current.CancellationToken;
        await Carts.SaveAsync(Make("c_1"), Now, ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Carts.SaveAsync(Make("c_1", version: 2, lines: [($"p{i}", 1)]), Now, ct)));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task AnExpiredCart_IsInvisible_AndANewCartMayTakeItsPlace()
    {
        var ct = TestContext.Current.CancellationToken;
        await Carts.SaveAsync(Make("g_1", version: 7, expiresAt: Now + 10, lines: [("old", 1)]), Now, ct);

        Assert.Null(await Carts.GetAsync("g_1", Now + 10, ct));
        Assert.True(await Carts.SaveAsync(Make("g_1", version: 1, expiresAt: Now + 100, lines: [("new", 1)]), Now + 10, ct));
        Assert.Equal("new", (await Carts.GetAsync("g_1", Now + 10, ct))!.Lines.Single().ProductId);
    }

    [Fact]
    public async Task Delete_RemovesTheCart()
    {
        var ct = TestContext.Current.CancellationToken;
        await Carts.SaveAsync(Make("g_1"), Now, ct);

        await Carts.DeleteAsync("g_1", ct);
        await Carts.DeleteAsync("g_1", ct);

        Assert.Null(await Carts.GetAsync("g_1", Now, ct));
    }

    [Fact]
    public async Task DeleteExpired_RemovesOnlyExpiredCarts_CountingThoseWithItems_UpToTheLimit()
    {
        var ct = TestContext.Current.CancellationToken;
        await Carts.SaveAsync(Make("live", expiresAt: Now + 100, lines: [("a", 1)]), Now, ct);
        await Carts.SaveAsync(Make("e1", expiresAt: Now - 1, lines: [("a", 1)]), Now - 10, ct);
        await Carts.SaveAsync(Make("e2", expiresAt: Now - 1, lines: [("a", 3)]), Now - 10, ct);
        await Carts.SaveAsync(Make("e3", expiresAt: Now - 1), Now - 10, ct);

        var first = await Carts.DeleteExpiredAsync(Now, limit: 2, ct);
        var second = await Carts.DeleteExpiredAsync(Now, limit: 2, ct);
        var third = await Carts.DeleteExpiredAsync(Now, limit: 2, ct);

        Assert.Equal(2, first.Deleted);
        Assert.Equal(1, second.Deleted);
        Assert.Equal(2, first.WithItems + second.WithItems);
        Assert.Equal((0, 0), third);
        Assert.NotNull(await Carts.GetAsync("live", Now, ct));
    }
}
