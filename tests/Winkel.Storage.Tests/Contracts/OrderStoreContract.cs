using Winkel.Cart.Carts;
using Winkel.Cart.Storage;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Storage;
using Winkel.Core;
using Winkel.Orders.Orders;
using Winkel.Orders.Storage;

namespace Winkel.Storage.Tests.Contracts;

/// <summary>What every order adapter must do: place atomically, never oversell, move only from the expected status.</summary>
public abstract class OrderStoreContract : StorageContract
{
    private const long Now = 1_800_000_000;

    private IOrderStore Orders => Adapter.Get<IOrderStore>();
    private IIdempotencyStore Keys => Adapter.Get<IIdempotencyStore>();
    private ICatalogStore Catalog => Adapter.Get<ICatalogStore>();
    private ICartStore Carts => Adapter.Get<ICartStore>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Order MakeOrder(string id, string? customerId = "c1", long at = Now, params (string ProductId, int Quantity)[] lines) => new(
        id, customerId, OrderStatus.PendingPayment,
        lines.Select(l => new OrderLine(l.ProductId, l.ProductId, 10m, l.Quantity, 10m * l.Quantity, VatRate.Standard)).ToList(),
        10m, [new VatLine(21m, 1.74m)], 0m, 10m, "EUR", new ShippingAddress("Anna", "Damrak 1", "1012 LG", "Amsterdam", "NL"),
        "anna@example.nl", new OrderPayment("pending", null, null), at, at, at + 900);

    private async Task<PlaceOrderResult> PlaceAsync(Order order, string owner = "c1")
    {
        var key = $"{owner}:{order.OrderId}";
        await Keys.ClaimAsync(key, "hash", "token", Now, Now + 60, Now + 86_400, Ct);
        var reservations = order.Items.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        return await Orders.PlaceAsync(new PlaceOrder(order, owner, reservations, owner, key, "token"), Ct);
    }

    private async Task<int> StockAsync(string productId) => (await Catalog.GetAsync(productId, Ct))!.Stock;

    [Fact]
    public async Task Place_TakesTheStock_StoresTheOrder_AndEmptiesTheCart()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 5), Products.Make("p2", stock: 5)], Ct);
        await Carts.SaveAsync(new Cart.Carts.Cart("c1", "cart1", [new CartLine("p1", 2, Now)], Now, Now, Now + 1000, 1), Now, Ct);

        var result = await PlaceAsync(MakeOrder("o1", lines: [("p1", 2), ("p2", 1)]));

        Assert.True(result.Placed);
        Assert.Equal((3, 4), (await StockAsync("p1"), await StockAsync("p2")));
        Assert.Equal(OrderStatus.PendingPayment, (await Orders.GetAsync("o1", Ct))!.Status);
        Assert.Null(await Carts.GetAsync("c1", Now, Ct));
        Assert.Equal(3, (await Catalog.GetStoredAsync("p1", Ct))!.Product.Stock);
    }

    [Fact]
    public async Task Place_RefusesEverything_NamingEachShortProduct_WhenAnyLineIsShort()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 5), Products.Make("p2", stock: 1), Products.Make("p3", stock: 0)], Ct);
        await Carts.SaveAsync(new Cart.Carts.Cart("c1", "cart1", [new CartLine("p1", 2, Now)], Now, Now, Now + 1000, 1), Now, Ct);

        var result = await PlaceAsync(MakeOrder("o1", lines: [("p1", 2), ("p2", 2), ("p3", 1)]));

        Assert.False(result.Placed);
        Assert.Equal(["p2", "p3"], result.OutOfStock.Order());
        Assert.Equal((5, 1, 0), (await StockAsync("p1"), await StockAsync("p2"), await StockAsync("p3")));
        Assert.Null(await Orders.GetAsync("o1", Ct));
        Assert.NotNull(await Carts.GetAsync("c1", Now, Ct));
    }

    [Fact]
    public async Task Place_SumsTheLinesOfOneProduct_BeforeTakingStock()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 3)], Ct);

        var result = await PlaceAsync(MakeOrder("o1", lines: [("p1", 2), ("p1", 2)]));

        Assert.False(result.Placed);
        Assert.Equal(["p1"], result.OutOfStock);
        Assert.Equal(3, await StockAsync("p1"));
    }

    [Fact]
    public async Task ConcurrentPlacements_NeverSellMoreThanTheStock()
    {
        await Catalog.UpsertManyAsync([Products.Make("hot", stock: 7)], Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => PlaceAsync(MakeOrder($"o{i}", lines: [("hot", 1)]), owner: $"c{i}")));

        Assert.Equal(7, results.Count(r => r.Placed));
        Assert.Equal(0, await StockAsync("hot"));
    }

    [Fact]
    public async Task StockChanges_AreRecordedInTheCatalogChangeFeed()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 3)], Ct);
        var before = await Adapter.Get<ICatalogChangeFeed>().GetLastPositionAsync(Ct);

        await PlaceAsync(MakeOrder("o1", lines: [("p1", 3)]));

        var change = Assert.Single(await Adapter.Get<ICatalogChangeFeed>().ReadAsync(before, 10, Ct));
        Assert.Equal((3, 0), (change.OldImage!.Stock, change.NewImage!.Stock));
        Assert.False(change.NewImage.InStock);
    }

    [Fact]
    public async Task Transition_MovesOnlyFromTheExpectedStatus_AndReturnsStockWhenAsked()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 5)], Ct);
        var order = MakeOrder("o1", lines: [("p1", 2)]);
        await PlaceAsync(order);

        var cancelled = await Orders.TransitionAsync(order with { Status = OrderStatus.Cancelled }, OrderStatus.PendingPayment, returnStock: true, Ct);
        var again = await Orders.TransitionAsync(order with { Status = OrderStatus.Cancelled }, OrderStatus.PendingPayment, returnStock: true, Ct);

        Assert.True(cancelled);
        Assert.False(again);
        Assert.Equal(5, await StockAsync("p1"));
        Assert.Equal(OrderStatus.Cancelled, (await Orders.GetAsync("o1", Ct))!.Status);
    }

    [Fact]
    public async Task Orders_AreListedPerOwnerNewestFirst_AndHiddenFromOthers()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 50)], Ct);
        await PlaceAsync(MakeOrder("old", at: Now - 10, lines: [("p1", 1)]));
        await PlaceAsync(MakeOrder("new", at: Now, lines: [("p1", 1)]));
        await PlaceAsync(MakeOrder("other", customerId: "c2", lines: [("p1", 1)]), owner: "c2");

        Assert.Equal(["new", "old"], (await Orders.ListForOwnerAsync("c1", 10, Ct)).Select(o => o.OrderId));
        Assert.NotNull(await Orders.GetForOwnerAsync("old", "c1", Ct));
        Assert.Null(await Orders.GetForOwnerAsync("other", "c1", Ct));
    }

    [Fact]
    public async Task ListRecent_ListsEveryOwnersOrders_InDescendingOrderId()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 50)], Ct);
        await PlaceAsync(MakeOrder("o_1", lines: [("p1", 1)]));
        await PlaceAsync(MakeOrder("o_3", customerId: "c2", lines: [("p1", 1)]), owner: "c2");
        await PlaceAsync(MakeOrder("o_2", customerId: null, lines: [("p1", 1)]), owner: "g_guest");

        Assert.Equal(["o_3", "o_2", "o_1"], (await Orders.ListRecentAsync(10, Ct)).Select(o => o.OrderId));
        Assert.Equal(["o_3"], (await Orders.ListRecentAsync(1, Ct)).Select(o => o.OrderId));
    }

    [Fact]
    public async Task ExpiredReservations_ListOnlyPendingOrdersPastTheirWindow()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 50)], Ct);
        var expired = MakeOrder("expired", at: Now - 2000, lines: [("p1", 1)]);
        await PlaceAsync(expired);
        await PlaceAsync(MakeOrder("fresh", at: Now, lines: [("p1", 1)]));
        await PlaceAsync(MakeOrder("paid", at: Now - 2000, lines: [("p1", 1)]));
        await Orders.TransitionAsync((await Orders.GetAsync("paid", Ct))! with { Status = OrderStatus.Paid }, OrderStatus.PendingPayment, false, Ct);

        Assert.Equal(["expired"], await Orders.ListExpiredReservationsAsync(Now, 10, Ct));
    }

    [Fact]
    public async Task CreatedBetween_ListsTheAmountsOfOrdersInTheRange_OldestFirst()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 50)], Ct);
        await PlaceAsync(MakeOrder("before", at: Now - 3601, lines: [("p1", 1)]));
        await PlaceAsync(MakeOrder("second", at: Now - 10, lines: [("p1", 1)]));
        await PlaceAsync(MakeOrder("first", at: Now - 3600, lines: [("p1", 1)]) with { Total = 1234.57m });
        await PlaceAsync(MakeOrder("at-end", at: Now, lines: [("p1", 1)]));
        await Orders.TransitionAsync((await Orders.GetAsync("second", Ct))! with { Status = OrderStatus.Paid, Refunded = 2.5m }, OrderStatus.PendingPayment, false, Ct);

        var totals = await Orders.ListCreatedBetweenAsync(Now - 3600, Now, 10, Ct);

        Assert.Equal(
            [new OrderTotal("first", Now - 3600, OrderStatus.PendingPayment, 1234.57m, 0m), new OrderTotal("second", Now - 10, OrderStatus.Paid, 10m, 2.5m)],
            totals);
        Assert.Single(await Orders.ListCreatedBetweenAsync(Now - 3600, Now, 1, Ct));
    }

    [Fact]
    public async Task Anonymize_KeepsTheOrders_WithoutPersonalData()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 50)], Ct);
        await PlaceAsync(MakeOrder("o1", lines: [("p1", 1)]));

        await Orders.AnonymizeForOwnerAsync("c1", Ct);

        var order = await Orders.GetAsync("o1", Ct);
        Assert.Equal((null, null, "", "NL"), (order!.CustomerId, order.Email, order.ShippingAddress.Street, order.ShippingAddress.Country));
        Assert.Equal(10m, order.Total);
        Assert.Empty(await Orders.ListForOwnerAsync("c1", 10, Ct));
    }

    [Fact]
    public async Task IdempotencyClaims_ReplayMismatchInFlightAndTakeOver()
    {
        Assert.Equal(IdempotencyState.Claimed, (await Keys.ClaimAsync("k", "h1", "token", Now, Now + 60, Now + 86_400, Ct)).State);
        Assert.Equal(IdempotencyState.InFlight, (await Keys.ClaimAsync("k", "h1", "token", Now + 1, Now + 61, Now + 86_400, Ct)).State);
        Assert.Equal(IdempotencyState.Mismatch, (await Keys.ClaimAsync("k", "h2", "token", Now + 1, Now + 61, Now + 86_400, Ct)).State);
        Assert.Equal(IdempotencyState.Claimed, (await Keys.ClaimAsync("k", "h1", "token", Now + 61, Now + 121, Now + 86_400, Ct)).State);

        await Keys.CompleteAsync("k", 201, "{\"orderId\":\"o1\"}", Ct);
        var replay = await Keys.ClaimAsync("k", "h1", "token", Now + 62, Now + 122, Now + 86_400, Ct);

        Assert.Equal((IdempotencyState.Completed, 201, "{\"orderId\":\"o1\"}"), (replay.State, replay.Status, replay.Body));
        Assert.Equal(1, await Keys.DeleteExpiredAsync(Now + 86_400, 10, Ct));
        Assert.Equal(IdempotencyState.Claimed, (await Keys.ClaimAsync("k", "h2", "token", Now + 86_401, Now + 86_461, Now + 172_800, Ct)).State);
    }

    [Fact]
    public async Task AClaimWhoseRequestPlacedItsOrderButDied_AnswersFromTheOrderAfterTheLease()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 5)], Ct);
        await PlaceAsync(MakeOrder("o1", lines: [("p1", 1)]));

        var retry = await Keys.ClaimAsync("c1:o1", "hash", "token", Now + 61, Now + 121, Now + 86_400, Ct);

        Assert.Equal((IdempotencyState.Completed, "o1", null), (retry.State, retry.OrderId, retry.Body));
    }

    [Fact]
    public async Task Place_DoesNothing_WhenItsClaimTokenNoLongerHoldsTheKey()
    {
        await Catalog.UpsertManyAsync([Products.Make("p1", stock: 5)], Ct);
        await Keys.ClaimAsync("c1:o1", "hash", "someone-else", Now, Now + 60, Now + 86_400, Ct);

        var result = await Orders.PlaceAsync(new PlaceOrder(MakeOrder("o1", lines: [("p1", 2)]), "c1",
            new Dictionary<string, int> { ["p1"] = 2 }, "c1", "c1:o1", "token"), Ct);

        Assert.Equal((false, true), (result.Placed, result.ClaimLost));
        Assert.Equal(5, await StockAsync("p1"));
        Assert.Null(await Orders.GetAsync("o1", Ct));
    }

    [Fact]
    public async Task Exists_SeesUnexpiredKeysOnly()
    {
        await Keys.ClaimAsync("k", "h1", "token", Now, Now + 60, Now + 100, Ct);

        Assert.True(await Keys.ExistsAsync("k", Now + 99, Ct));
        Assert.False(await Keys.ExistsAsync("k", Now + 100, Ct));
        Assert.False(await Keys.ExistsAsync("other", Now, Ct));
    }

    [Fact]
    public async Task Release_ForgetsAClaimThatChangedNothing()
    {
        await Keys.ClaimAsync("k", "h1", "token", Now, Now + 60, Now + 86_400, Ct);

        await Keys.ReleaseAsync("k", Ct);

        Assert.Equal(IdempotencyState.Claimed, (await Keys.ClaimAsync("k", "h2", "token", Now + 1, Now + 61, Now + 86_400, Ct)).State);
    }
}
