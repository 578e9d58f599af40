using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Cart.Carts;
using Winkel.Orders.Orders;
using Winkel.Server.Tests.Orders;

namespace Winkel.Server.Tests.Telemetry;

/// <summary>
/// The Winkel meters are process-wide, so every host in the test process sees the others' measurements:
/// the tests that count them run alone.
/// </summary>
[CollectionDefinition(nameof(MeteredCollection), DisableParallelization = true)]
public sealed class MeteredCollection;

[Collection(nameof(MeteredCollection))]
public sealed class MetricsTests : IAsyncLifetime
{
    private readonly OrdersHost _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _host.AddProductAsync("metrics-1", price: 10.00m, stock: 50);
        await _host.AddProductAsync("metrics-last", price: 5.00m, stock: 1);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Metrics_CountRequestsPerRoute_WithLatencyHistograms()
    {
        using var client = _host.App.CreateClient();
        var before = await PrometheusScrape.ReadAsync(client);

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/products/metrics-1", Ct)).EnsureSuccessStatusCode();
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/products/no-such-product", Ct)).StatusCode);

        var after = await EventuallyAsync(client, s => Delta(before, s, "http_server_request_duration_seconds_count", Route("200")) >= 3
            && Delta(before, s, "http_server_request_duration_seconds_count", Route("404")) >= 1);
        Assert.Equal(3, Delta(before, after, "http_server_request_duration_seconds_count", Route("200")));
        Assert.Equal(1, Delta(before, after, "http_server_request_duration_seconds_count", Route("404")));
        // Every request falls under the +Inf bucket; the buckets are cumulative.
        Assert.Equal(3, Delta(before, after, "http_server_request_duration_seconds_bucket", [.. Route("200"), ("le", "+Inf")]));
        Assert.True(after.Sum("http_server_request_duration_seconds_sum", Route("200")) > before.Sum("http_server_request_duration_seconds_sum", Route("200")));
        Assert.True(after.Has("dotnet_gc_heap_total_allocated_bytes_total"), "runtime metrics are exported");
        Assert.Contains(after.Samples, s => s.Name == "target_info" && s.Labels.GetValueOrDefault("service_name") == "winkel");
    }

    [Fact]
    public async Task Metrics_CountCheckoutOutcomesRevenueAndPayments_AfterRealCheckouts()
    {
        using var scraper = _host.App.CreateClient();
        var before = await PrometheusScrape.ReadAsync(scraper);

        using var paidGuest = await _host.GuestWithCartAsync(("metrics-1", 2));
        var paid = await OrdersHost.CheckoutAsync(paidGuest, OrdersHost.Body("pm_card_visa"));
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var paidTotal = (await paid.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("total").GetDecimal();

        using var declinedGuest = await _host.GuestWithCartAsync(("metrics-1", 1));
        Assert.Equal(HttpStatusCode.Created, (await OrdersHost.CheckoutAsync(declinedGuest, OrdersHost.Body("pm_card_chargeDeclined"))).StatusCode);

        using var challengedGuest = await _host.GuestWithCartAsync(("metrics-1", 1));
        Assert.Equal(HttpStatusCode.Created, (await OrdersHost.CheckoutAsync(challengedGuest, OrdersHost.Body("pm_card_authenticationRequired"))).StatusCode);

        using var firstBuyer = await _host.GuestWithCartAsync(("metrics-last", 1));
        using var secondBuyer = await _host.GuestWithCartAsync(("metrics-last", 1));
        var lastUnit = await OrdersHost.CheckoutAsync(firstBuyer);
        Assert.Equal(HttpStatusCode.Created, lastUnit.StatusCode);
        var lastUnitTotal = (await lastUnit.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("total").GetDecimal();
        Assert.Equal(HttpStatusCode.Conflict, (await OrdersHost.CheckoutAsync(secondBuyer)).StatusCode);

        // The shopper sent to 3-D Secure never returns: the reservation ends and the order is cancelled.
        _host.Time.Offset = TimeSpan.FromMinutes(16);
        await _host.App.Services.GetServices<IHostedService>().OfType<ReservationExpiry>().Single().RunOnceAsync(Ct);

        var after = await PrometheusScrape.ReadAsync(scraper);
        Assert.Equal(4, Delta(before, after, "winkel_orders_placed_total"));
        Assert.Equal((double)(paidTotal + lastUnitTotal), Delta(before, after, "winkel_orders_revenue_total"), precision: 2);
        Assert.Equal(2, Delta(before, after, "winkel_checkout_outcomes_total", ("outcome", "paid")));
        Assert.Equal(1, Delta(before, after, "winkel_checkout_outcomes_total", ("outcome", "declined")));
        Assert.Equal(1, Delta(before, after, "winkel_checkout_outcomes_total", ("outcome", "out_of_stock")));
        Assert.Equal(1, Delta(before, after, "winkel_checkout_outcomes_total", ("outcome", "three_ds_abandoned")));
        Assert.Equal(1, Delta(before, after, "winkel_orders_stock_outs_total"));
        Assert.Equal(4, Delta(before, after, "winkel_payments_attempts_total"));
        Assert.Equal(2, Delta(before, after, "winkel_payments_authorizations_total", ("result", "approved")));
        Assert.Equal(1, Delta(before, after, "winkel_payments_authorizations_total", ("result", "declined")));
        Assert.Equal(1, Delta(before, after, "winkel_payments_challenges_total"));
        Assert.Equal(5, Delta(before, after, "winkel_carts_created_total"));
        AssertNoCustomerData(after);
    }

    [Fact]
    public async Task Metrics_CountAbandonedCarts_WhenTheSweepDeletesCartsWithItems()
    {
        using var scraper = _host.App.CreateClient();
        using var browsing = await _host.GuestWithCartAsync(("metrics-1", 1));
        var before = await PrometheusScrape.ReadAsync(scraper);

        _host.Time.Offset = TimeSpan.FromDays(31);
        await _host.App.Services.GetServices<IHostedService>().OfType<ExpiredCartSweeper>().Single().RunOnceAsync(Ct);

        var after = await PrometheusScrape.ReadAsync(scraper);
        Assert.Equal(1, Delta(before, after, "winkel_carts_abandoned_total"));
    }

    private static (string, string)[] Route(string status) =>
        [("http_route", "/api/products/{productId}"), ("http_response_status_code", status), ("http_request_method", "GET")];

    private static double Delta(PrometheusScrape before, PrometheusScrape after, string name, params (string, string)[] labels) =>
        after.Sum(name, labels) - before.Sum(name, labels);

    private static void AssertNoCustomerData(PrometheusScrape scrape)
    {
        foreach (var label in scrape.Samples.Where(s => s.Name.StartsWith("winkel_", StringComparison.Ordinal)).SelectMany(s => s.Labels.Values))
        {
            Assert.DoesNotContain("@", label, StringComparison.Ordinal);
            Assert.DoesNotMatch("(^|[^a-z])(o|g)_[0-9a-zA-Z]{16,}", label);
        }
    }

    /// <summary>Request metrics are recorded as the request ends, just after the client has its answer.</summary>
    private static async Task<PrometheusScrape> EventuallyAsync(HttpClient client, Func<PrometheusScrape, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var scrape = await PrometheusScrape.ReadAsync(client);
            if (done(scrape) || attempt == 50)
            {
                return scrape;
            }
            await Task.Delay(100, Ct);
        }
    }
}
