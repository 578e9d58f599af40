using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Server.Tests.Catalog;
using Winkel.Storage.Sqlite;

namespace Winkel.Server.Tests.Durability;

/// <summary>
/// Checkouts under load, then SIGKILL: every order answered 201 exists with its stock taken, and no
/// stock is gone without an order to account for it.
/// </summary>
public sealed class KilledCheckoutTests : IDisposable
{
    private const int InitialStock = 5_000;
    private readonly string _dataDir = WinkelAppFactory.NewDataDir();

    private static readonly string[] Admin =
        [$"--Winkel:Admin:Email={WinkelAppFactory.AdminEmail}", $"--Winkel:Admin:Password={WinkelAppFactory.AdminPassword}"];

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public async Task AcknowledgedOrders_SurviveAKillMidLoad_AndStockIsAlwaysAccountedFor()
    {
        var ct = TestContext.Current.CancellationToken;
        var acknowledged = new ConcurrentBag<(string OrderId, string Token, int Quantity)>();
        await using (var server = await ServerProcess.StartAsync(_dataDir, Admin))
        {
            using (var admin = await new HttpClient { BaseAddress = server.Address }.AsAdminAsync())
            {
                (await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("crash-stock", price: 3m, stock: InitialStock), ct)).EnsureSuccessStatusCode();
            }

            using var stop = new CancellationTokenSource();
            var buyers = Enumerable.Range(0, 16).Select(i => BuyUntilStoppedAsync(server.Address, i, acknowledged, stop.Token)).ToList();
            for (var waited = 0; acknowledged.Count < 40 && waited < 300; waited++)
            {
                await Task.Delay(50, ct);
            }
            await server.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(buyers);
        }
        Assert.True(acknowledged.Count >= 40, $"only {acknowledged.Count} orders before the kill");

        await using (var restarted = await ServerProcess.StartAsync(_dataDir, Admin))
        {
            foreach (var (orderId, token, quantity) in acknowledged)
            {
                using var buyer = new HttpClient { BaseAddress = restarted.Address };
                buyer.DefaultRequestHeaders.Add("X-Cart-Token", token);
                var order = await buyer.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}", ct);
                Assert.Equal(quantity, order.GetProperty("items")[0].GetProperty("quantity").GetInt32());
                Assert.Equal("paid", order.GetProperty("status").GetString());
            }
        }

        var (stock, unitsInLiveOrders, orders) = ReadStore();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{acknowledged.Count} orders acknowledged before the kill, {orders} in the store; stock {stock} + {unitsInLiveOrders} units in orders");
        Assert.True(orders >= acknowledged.Count);
        Assert.Equal(InitialStock, stock + unitsInLiveOrders);
    }

    private static async Task BuyUntilStoppedAsync(Uri address, int buyer, ConcurrentBag<(string, string, int)> acknowledged, CancellationToken stop)
    {
        var random = new Random(buyer);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var quantity = random.Next(1, 4);
                var added = await client.PostAsJsonAsync("/api/cart/items", new { productId = "crash-stock", quantity }, stop);
                var token = added.Headers.GetValues("X-Cart-Token").Single();
                using var checkout = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(Orders.OrdersHost.Body()) };
                checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                checkout.Headers.Add("X-Cart-Token", token);
                var response = await client.SendAsync(checkout, stop);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var orderId = (await response.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("orderId").GetString()!;
                    acknowledged.Add((orderId, token, quantity));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException or InvalidOperationException)
            {
                // The server died under us: whatever had no answer was never acknowledged.
                return;
            }
        }
    }

    /// <summary>The store's own view after the kill: stock left, units held by orders that still hold stock, and the number of orders.</summary>
    private (int Stock, int UnitsInLiveOrders, int Orders) ReadStore()
    {
        using var host = StoreOnDisk.Open(_dataDir);
        using var connection = host.Services.GetRequiredService<SqliteDatabase>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stock FROM products WHERE product_id = 'crash-stock'";
        var stock = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "SELECT status, doc FROM orders";
        int units = 0, orders = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            orders++;
            if (reader.GetString(0) is not ("cancelled" or "payment_failed"))
            {
                units += JsonDocument.Parse(reader.GetString(1)).RootElement.GetProperty("items")[0].GetProperty("quantity").GetInt32();
            }
        }
        return (stock, units, orders);
    }
}
