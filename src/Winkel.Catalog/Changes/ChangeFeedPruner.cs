using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Winkel.Core;
using Winkel.Core.Hosting;

namespace Winkel.Catalog.Changes;

/// <summary>
/// Deletes change records older than <see cref="CatalogOptions.ChangeFeedRetention"/>, so that the feed
/// does not grow without end. A durable consumer that was stopped for longer than the retention must
/// rebuild its state instead of resuming (its checkpoint is then older than the oldest change kept).
/// </summary>
internal sealed class ChangeFeedPruner(
    ICatalogChangeFeed feed, TimeProvider time, IOptions<CatalogOptions> options, ILogger<ChangeFeedPruner> logger) : PeriodicJob(time, logger)
{
    private const int BatchSize = 5_000;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    public override Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var before = Time.Now() - (long)options.Value.ChangeFeedRetention.TotalSeconds;
        return DrainAsync(() => feed.PruneAsync(before, BatchSize, cancellationToken), BatchSize);
    }
}
