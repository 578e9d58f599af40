using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Winkel.Core.Caching;

namespace Winkel.Server.Platform.Caching;

/// <summary>
/// Logs the running totals of the <c>Winkel.Caching</c> hit and miss counters every
/// <see cref="CacheOptions.StatsLogInterval"/> (off by default): the hit ratio without a metrics
/// backend, for an operator reading logs and for bench/run.sh.
/// </summary>
internal sealed partial class CacheStatsLog(IOptions<CacheOptions> options, ILogger<CacheStatsLog> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<(string Cache, bool Hit), long> _totals = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.StatsLogInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CacheMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var cache = "";
            foreach (var tag in tags)
            {
                if (tag.Key == "cache")
                {
                    cache = tag.Value as string ?? "";
                }
            }
            _totals.AddOrUpdate((cache, instrument.Name == "winkel.cache.hits"), value, (_, total) => total + value);
        });
        listener.Start();
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var totals = string.Join("; ", _totals.Keys.Select(k => k.Cache).Distinct().Order(StringComparer.Ordinal)
                .Select(cache => $"{cache} {_totals.GetValueOrDefault((cache, true))} hits {_totals.GetValueOrDefault((cache, false))} misses"));
            LogTotals(logger, totals);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cache totals: {Totals}")]
    private static partial void LogTotals(ILogger logger, string totals);
}
