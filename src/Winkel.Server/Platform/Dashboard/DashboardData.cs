using Winkel.Core.Search;
using Winkel.Orders.Orders;
using Winkel.Orders.Storage;
using Winkel.Server.Platform.Telemetry;

namespace Winkel.Server.Platform.Dashboard;

/// <summary>Everything the dashboard page shows, gathered in one place so the page only draws.</summary>
internal sealed record DashboardModel(
    DateTimeOffset Now,
    IReadOnlyList<DateTimeOffset> Hours,
    IReadOnlyList<int> OrdersPerHour,
    IReadOnlyList<decimal> RevenuePerHour,
    bool Truncated,
    IReadOnlyDictionary<string, long> CheckoutOutcomes,
    IReadOnlyList<DateTimeOffset> Slots,
    IReadOnlyList<double?> P99Seconds,
    IReadOnlyDictionary<string, IReadOnlyList<double?>> CacheHitRatio,
    IReadOnlyList<(string Text, long Count)> ZeroResultSearches);

/// <summary>
/// Orders and revenue per hour over the last 24 hours come from the order store (all nodes); the last
/// hour's latency, cache hit ratio and checkout outcomes from <see cref="RecentMetrics"/> (this node).
/// Revenue counts what was paid and not refunded.
/// </summary>
internal sealed class DashboardData(IOrderStore orders, RecentMetrics recent, ZeroResultSearches searches, TimeProvider time)
{
    public const int Hours = 24;
    public const int SlotMinutes = 5;

    /// <summary>A day of a very busy store; past it the chart says it is incomplete rather than stall the page.</summary>
    private const int MaxOrders = 200_000;

    public async Task<DashboardModel> LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var firstHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1 - Hours);
        var hours = Enumerable.Range(0, Hours).Select(h => firstHour.AddHours(h)).ToList();
        var counts = new int[Hours];
        var revenue = new decimal[Hours];
        var totals = await orders.ListCreatedBetweenAsync(firstHour.ToUnixTimeSeconds(), firstHour.AddHours(Hours).ToUnixTimeSeconds(), MaxOrders, cancellationToken);
        foreach (var order in totals)
        {
            var hour = (int)((order.CreatedAt - firstHour.ToUnixTimeSeconds()) / 3600);
            counts[hour]++;
            if (order.Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Refunded)
            {
                revenue[hour] += order.Total - order.Refunded;
            }
        }

        var minutes = recent.LastHour();
        var outcomes = minutes.SelectMany(m => m.CheckoutOutcomes)
            .GroupBy(o => o.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Value), StringComparer.Ordinal);
        var slots = minutes.Chunk(SlotMinutes).ToList();
        var caches = minutes.SelectMany(m => m.CacheHits.Keys.Concat(m.CacheMisses.Keys)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var hitRatio = caches.ToDictionary(
            cache => cache,
            cache => (IReadOnlyList<double?>)[.. slots.Select(slot => Ratio(
                slot.Sum(m => m.CacheHits.GetValueOrDefault(cache)),
                slot.Sum(m => m.CacheMisses.GetValueOrDefault(cache))))],
            StringComparer.Ordinal);

        return new DashboardModel(
            now, hours, counts, revenue, totals.Count == MaxOrders, outcomes,
            [.. slots.Select(s => s[0].Start)],
            [.. slots.Select(s => MinuteSummary.P99(s))],
            hitRatio,
            searches.Top(10));
    }

    private static double? Ratio(long hits, long misses) => hits + misses == 0 ? null : (double)hits / (hits + misses);
}
