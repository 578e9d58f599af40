using System.Diagnostics;
using System.Diagnostics.Metrics;
using Winkel.Search.Indexing;

namespace Winkel.Search.Monitoring;

/// <summary>
/// Instruments on the <c>Winkel.Search</c> meter: query duration, zero-result queries (never tagged
/// with the query text, which may hold personal data), the index lag and its size.
/// </summary>
internal sealed class SearchMetrics
{
    public const string MeterName = "Winkel.Search";

    public static readonly ActivitySource ActivitySource = new(MeterName);

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _zeroResults;

    public SearchMetrics(IMeterFactory meterFactory, SearchIndexState state)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram<double>("winkel.search.duration", "s", "Time to answer a search or a suggestion, index and catalog reads included",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1] });
        _zeroResults = meter.CreateCounter<long>("winkel.search.zero_results", "{query}", "Searches with words that found nothing");
        meter.CreateObservableGauge("winkel.search.index.lag", () => state.Lag?.TotalSeconds ?? double.NaN, "s",
            "How long ago this node's index last held every catalog change");
        meter.CreateObservableGauge("winkel.search.index.documents", () => (long)(state.Current?.DocumentCount ?? 0), "{product}",
            "Products in this node's index");
    }

    public void RecordDuration(string operation, TimeSpan elapsed) =>
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("operation", operation));

    public void RecordZeroResults() => _zeroResults.Add(1);
}
