using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Winkel.Server.Tests.Catalog;
using Winkel.Server.Tests.Orders;

namespace Winkel.Server.Tests.Cloud;

/// <summary>Two nodes, one DynamoDB: whatever one node writes, the other serves; stock is never oversold across nodes.</summary>
public sealed class MultiNodeTests(CloudCluster cluster) : IClassFixture<CloudCluster>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GuestCart_MadeThroughNodeA_IsServedThroughNodeB()
    {
        await AddProductAsync("mn-cart", price: 4.5m, stock: 20);
        using var a = cluster.Client(cluster.NodeA.Address);
        using var b = cluster.Client(cluster.NodeB.Address);

        var added = await a.PostAsJsonAsync("/api/cart/items", new { productId = "mn-cart", quantity = 3 }, Ct);
        added.EnsureSuccessStatusCode();
        var token = added.Headers.GetValues("X-Cart-Token").Single();
        b.DefaultRequestHeaders.Add("X-Cart-Token", token);
        var cart = await b.GetFromJsonAsync<JsonElement>("/api/cart", Ct);

        var line = cart.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("mn-cart", 3), (line.GetProperty("productId").GetString(), line.GetProperty("quantity").GetInt32()));
        Assert.Equal(13.5m, cart.GetProperty("subtotal").GetDecimal());
    }

    [Fact]
    public async Task PriceChangedThroughNodeA_ShowsThroughNodeB_WithinOneSecond()
    {
        await AddProductAsync("mn-price", price: 10m, stock: 5);
        using var b = cluster.Client(cluster.NodeB.Address);
        Assert.Equal(10m, (await b.GetFromJsonAsync<JsonElement>("/api/products/mn-price", Ct)).GetProperty("price").GetDecimal());

        using var admin = await cluster.Client(cluster.NodeA.Address).AsAdminAsync();
        (await admin.PatchAsJsonAsync("/api/admin/products/mn-price", new { price = 7.95m }, Ct)).EnsureSuccessStatusCode();

        // The bound: B serves the new price within a second of A acknowledging the write.
        var deadline = DateTime.UtcNow.AddSeconds(1);
        decimal seen;
        do
        {
            seen = (await b.GetFromJsonAsync<JsonElement>("/api/products/mn-price", Ct)).GetProperty("price").GetDecimal();
        }
        while (seen != 7.95m && DateTime.UtcNow < deadline && await Delay());
        Assert.Equal(7.95m, seen);
    }

    [Fact]
    public async Task ConcurrentCheckoutsSpreadOverBothNodes_NeverOversell()
    {
        const int Stock = 10, Buyers = 30;
        await AddProductAsync("mn-hot", price: 2m, stock: Stock);
        var nodes = new[] { cluster.NodeA.Address, cluster.NodeB.Address };

        var results = await Task.WhenAll(Enumerable.Range(0, Buyers).Select(async i =>
        {
            using var client = cluster.Client(nodes[i % 2]);
            var added = await client.PostAsJsonAsync("/api/cart/items", new { productId = "mn-hot", quantity = 1 }, Ct);
            added.EnsureSuccessStatusCode();
            // The checkout goes to the other node than the cart write.
            using var other = cluster.Client(nodes[(i + 1) % 2]);
            using var checkout = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(OrdersHost.Body()) };
            checkout.Headers.Add("Idempotency-Key", $"mn-{i}");
            checkout.Headers.Add("X-Cart-Token", added.Headers.GetValues("X-Cart-Token").Single());
            return (await other.SendAsync(checkout, Ct)).StatusCode;
        }));

        Assert.True(Stock == results.Count(s => s == HttpStatusCode.Created), string.Join(", ", results.GroupBy(s => s).Select(g => $"{(int)g.Key}×{g.Count()}")));
        Assert.Equal(Buyers - Stock, results.Count(s => s == HttpStatusCode.Conflict));
        using var b = cluster.Client(cluster.Balancer);
        Assert.Equal(0, (await b.GetFromJsonAsync<JsonElement>("/api/products/mn-hot", Ct)).GetProperty("stock").GetInt32());
    }

    private async Task AddProductAsync(string id, decimal price, int stock)
    {
        using var admin = await cluster.Client(cluster.Balancer).AsAdminAsync();
        (await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body(id, price: price, stock: stock), Ct)).EnsureSuccessStatusCode();
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(50, Ct);
        return true;
    }
}
