using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Winkel.Server.Platform.Telemetry;

/// <summary>
/// The last hour of a few measurements, per minute, for the admin dashboard: request latency (as a
/// histogram, for the p99), cache hits and misses per cache, and checkout outcomes. Listens to the
/// same instruments that <c>/metrics</c> exports, so the page and Prometheus agree. In memory and
/// per node: a restart starts an empty hour (Prometheus keeps the long view).
/// </summary>
internal sealed class RecentMetrics(TimeProvider time) : IHostedService, IDisposable
{
    public const int Minutes = 60;

    /// <summary>Latency bucket upper bounds in seconds: 0.5 ms doubling to ~16 s, then infinity.</summary>
    internal static readonly double[] Bounds = [.. Enumerable.Range(0, 16).Select(i => 0.0005 * Math.Pow(2, i)), double.PositiveInfinity];

    private readonly Minute[] _minutes = [.. Enumerable.Range(0, Minutes).Select(_ => new Minute())];
    private MeterListener? _listener;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name is "http.server.request.duration" or "winkel.cache.hits" or "winkel.cache.misses" or "winkel.checkout.outcomes")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument.Name, value, tags));
        _listener.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _listener?.Dispose();
        _listener = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _listener?.Dispose();

    /// <summary>Per minute, oldest first, ending with the current minute.</summary>
    public IReadOnlyList<MinuteSummary> LastHour()
    {
        var now = CurrentMinute();
        var result = new List<MinuteSummary>(Minutes);
        for (var m = now - Minutes + 1; m <= now; m++)
        {
            var slot = _minutes[Slot(m)];
            result.Add(Volatile.Read(ref slot.Index) == m ? slot.Summary(m) : MinuteSummary.Empty(m));
        }
        return result;
    }

    internal void Record(string instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var minute = For(CurrentMinute());
        switch (instrument)
        {
            case "http.server.request.duration":
                var bucket = Array.FindIndex(Bounds, b => value <= b);
                Interlocked.Increment(ref minute.Latency[bucket]);
                break;
            case "winkel.cache.hits":
                minute.CacheHits.AddOrUpdate(Tag(tags, "cache"), (long)value, (_, v) => v + (long)value);
                break;
            case "winkel.cache.misses":
                minute.CacheMisses.AddOrUpdate(Tag(tags, "cache"), (long)value, (_, v) => v + (long)value);
                break;
            case "winkel.checkout.outcomes":
                minute.Outcomes.AddOrUpdate(Tag(tags, "outcome"), (long)value, (_, v) => v + (long)value);
                break;
        }
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value?.ToString() ?? "";
            }
        }
        return "";
    }

    private long CurrentMinute() => time.GetUtcNow().ToUnixTimeSeconds() / 60;

    private static int Slot(long minute) => (int)(minute % Minutes);

    /// <summary>The slot of <paramref name="index"/>, cleared first if it still holds an older minute.</summary>
    private Minute For(long index)
    {
        var slot = _minutes[Slot(index)];
        if (Volatile.Read(ref slot.Index) != index)
        {
            lock (slot)
            {
                if (slot.Index != index)
                {
                    slot.Reset();
                    Volatile.Write(ref slot.Index, index);
                }
            }
        }
        return slot;
    }

    private sealed class Minute
    {
        public long Index = -1;
        public readonly long[] Latency = new long[Bounds.Length];
        public readonly ConcurrentDictionary<string, long> CacheHits = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, long> CacheMisses = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, long> Outcomes = new(StringComparer.Ordinal);

        public void Reset()
        {
            Array.Clear(Latency);
            CacheHits.Clear();
            CacheMisses.Clear();
            Outcomes.Clear();
        }

        public MinuteSummary Summary(long index) => new(
            DateTimeOffset.FromUnixTimeSeconds(index * 60),
            [.. Latency],
            new Dictionary<string, long>(CacheHits, StringComparer.Ordinal),
            new Dictionary<string, long>(CacheMisses, StringComparer.Ordinal),
            new Dictionary<string, long>(Outcomes, StringComparer.Ordinal));
    }
}

/// <summary>One minute of <see cref="RecentMetrics"/>.</summary>
internal sealed record MinuteSummary(
    DateTimeOffset Start,
    long[] Latency,
    IReadOnlyDictionary<string, long> CacheHits,
    IReadOnlyDictionary<string, long> CacheMisses,
    IReadOnlyDictionary<string, long> CheckoutOutcomes)
{
    public static MinuteSummary Empty(long index) => new(
        DateTimeOffset.FromUnixTimeSeconds(index * 60), new long[RecentMetrics.Bounds.Length],
        new Dictionary<string, long>(), new Dictionary<string, long>(), new Dictionary<string, long>());

    public long Requests => Latency.Sum();

    /// <summary>The p99 request latency in seconds as the upper bound of its bucket (null without requests).</summary>
    public static double? P99(IEnumerable<MinuteSummary> minutes)
    {
        var counts = new long[RecentMetrics.Bounds.Length];
        foreach (var minute in minutes)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] += minute.Latency[i];
            }
        }
        var total = counts.Sum();
        if (total == 0)
        {
            return null;
        }
        var rank = (long)Math.Ceiling(total * 0.99);
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return double.IsPositiveInfinity(RecentMetrics.Bounds[i]) ? RecentMetrics.Bounds[i - 1] : RecentMetrics.Bounds[i];
            }
        }
        return null;
    }
}
