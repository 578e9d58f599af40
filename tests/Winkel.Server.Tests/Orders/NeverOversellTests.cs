using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Winkel.Server.Tests.Orders;

/// <summary>The races that oversell in other stores (ACIDRain): here they cannot.</summary>
public sealed class NeverOversellTests : IAsyncLifetime
{
    private readonly OrdersHost _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task FortyConcurrentBuyers_OfSevenUnits_GetExactlySevenOrders()
    {
        await _host.AddProductAsync("last-seven", 9.99m, stock: 7);
        var buyers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => _host.GuestWithCartAsync(("last-seven", 1))));

        var responses = await Task.WhenAll(buyers.Select(b => OrdersHost.CheckoutAsync(b)));

        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(33, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await ProblemAssert.IsProblemAsync(conflict, HttpStatusCode.Conflict);
            Assert.EndsWith("out-of-stock", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(0, await _host.StockAsync("last-seven"));
        foreach (var buyer in buyers)
        {
            buyer.Dispose();
        }
    }

    [Fact]
    public async Task ConcurrentCheckoutsAndCancels_KeepStockPlusUnitsInLiveOrders_EqualToTheStart()
    {
        const int initial = 30;
        await _host.AddProductAsync("mixed", 5m, stock: initial);
        var random = new Random(7);
        var buyers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => _host.GuestWithCartAsync(("mixed", random.Next(1, 4)))));

        await Task.WhenAll(buyers.Select(async (buyer, i) =>
        {
            var response = await OrdersHost.CheckoutAsync(buyer);
            if (response.StatusCode == HttpStatusCode.Created && i % 2 == 0)
            {
                var orderId = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("orderId").GetString();
                await buyer.PostAsync($"/api/orders/{orderId}/cancel", null, Ct);
            }
        }));

        var live = 0;
        foreach (var buyer in buyers)
        {
            var orders = await buyer.GetFromJsonAsync<JsonElement>("/api/orders", Ct);
            live += orders.GetProperty("items").EnumerateArray()
                .Where(o => o.GetProperty("status").GetString() is not ("cancelled" or "payment_failed"))
                .Sum(o => o.GetProperty("items")[0].GetProperty("quantity").GetInt32());
            buyer.Dispose();
        }
        var stock = await _host.StockAsync("mixed");
        Assert.InRange(stock, 0, initial);
        Assert.Equal(initial, stock + live);
    }
}
