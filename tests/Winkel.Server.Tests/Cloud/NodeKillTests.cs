using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Winkel.Server.Tests.Catalog;
using Winkel.Server.Tests.Orders;

namespace Winkel.Server.Tests.Cloud;

/// <summary>
/// Checkouts through the balancer while one node is SIGKILLed: every order answered 201 exists, the
/// balancer keeps answering through the other node, and stock plus the units in orders is what it was.
/// </summary>
public sealed class NodeKillTests(CloudCluster cluster) : IClassFixture<CloudCluster>
{
    private const int InitialStock = 1_000;
    private static readonly string[] ProductIds = ["mn-kill-0", "mn-kill-1", "mn-kill-2", "mn-kill-3"];

    [Fact]
    public async Task KillingANodeMidLoad_LosesNoAcknowledgedOrder_AndTheBalancerKeepsAnswering()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var admin = await cluster.Client(cluster.Balancer).AsAdminAsync())
        {
            foreach (var id in ProductIds)
            {
                (await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body(id, price: 3m, stock: InitialStock), ct)).EnsureSuccessStatusCode();
            }
        }
        var acknowledged = new ConcurrentBag<(string OrderId, string Token)>();
        var tokens = new ConcurrentBag<string>();
        var afterKill = new ConcurrentBag<HttpStatusCode>();
        var killed = false;

        using var stop = new CancellationTokenSource();
        var buyers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            using var client = cluster.Client(cluster.Balancer);
            for (var round = 0; round < 200 && !stop.IsCancellationRequested; round++)
            {
                var added = await client.PostAsJsonAsync("/api/cart/items", new { productId = ProductIds[i % ProductIds.Length], quantity = 1 + (round % 3) }, CancellationToken.None);
                if (Volatile.Read(ref killed))
                {
                    afterKill.Add(added.StatusCode);
                }
                if (!added.IsSuccessStatusCode)
                {
                    continue;
                }
                var token = added.Headers.GetValues("X-Cart-Token").Single();
                tokens.Add(token);
                using var checkout = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(OrdersHost.Body()) };
                checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                checkout.Headers.Add("X-Cart-Token", token);
                var response = await client.SendAsync(checkout, CancellationToken.None);
                if (Volatile.Read(ref killed))
                {
                    afterKill.Add(response.StatusCode);
                }
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add(((await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("orderId").GetString()!, token));
                }
            }
        }, ct)).ToList();

        for (var waited = 0; acknowledged.Count < 20 && waited < 1200; waited++)
        {
            await Task.Delay(50, ct);
        }
        await cluster.NodeA.KillAsync();
        Volatile.Write(ref killed, true);
        var atKill = acknowledged.Count;
        for (var waited = 0; acknowledged.Count < atKill + 20 && waited < 1200; waited++)
        {
            await Task.Delay(50, ct);
        }
        await stop.CancelAsync();
        await Task.WhenAll(buyers);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{atKill} orders before the kill, {acknowledged.Count} in all; after the kill: {string.Join(", ", afterKill.GroupBy(s => s).Select(g => $"{(int)g.Key}×{g.Count()}"))}");
        Assert.True(atKill >= 20, $"only {atKill} orders before the kill");
        Assert.True(acknowledged.Count >= atKill + 20, "the balancer stopped placing orders after the kill");
        // The balancer kept answering: requests in flight on the killed node may fail (they were never
        // acknowledged), but never more than a few, and every later one was served by node B.
        Assert.True(afterKill.Count(s => (int)s >= 500) <= 8, $"{afterKill.Count(s => (int)s >= 500)} server errors after the kill");

        using var reader = cluster.Client(cluster.Balancer);
        var units = 0;
        foreach (var token in tokens.Distinct())
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/orders");
            request.Headers.Add("X-Cart-Token", token);
            var orders = await (await reader.SendAsync(request, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
            foreach (var order in orders.GetProperty("items").EnumerateArray()
                .Where(o => o.GetProperty("status").GetString() is not ("cancelled" or "payment_failed")))
            {
                units += order.GetProperty("items").EnumerateArray().Sum(line => line.GetProperty("quantity").GetInt32());
            }
        }
        foreach (var (orderId, token) in acknowledged)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/orders/{orderId}");
            request.Headers.Add("X-Cart-Token", token);
            Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(request, ct)).StatusCode);
        }
        var stock = 0;
        foreach (var id in ProductIds)
        {
            stock += (await reader.GetFromJsonAsync<JsonElement>($"/api/products/{id}", ct)).GetProperty("stock").GetInt32();
        }
        Assert.Equal(InitialStock * ProductIds.Length, stock + units);
    }
}
