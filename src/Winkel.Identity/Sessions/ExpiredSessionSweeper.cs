using Microsoft.Extensions.Logging;
using Winkel.Core;
using Winkel.Core.Hosting;
using Winkel.Identity.Storage;

namespace Winkel.Identity.Sessions;

/// <summary>Deletes expired sessions hourly; authentication already refuses them, this reclaims the space.</summary>
internal sealed class ExpiredSessionSweeper(ISessionStore sessions, TimeProvider time, ILogger<ExpiredSessionSweeper> logger)
    : PeriodicJob(time, logger)
{
    private const int BatchSize = 1_000;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    public override Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        DrainAsync(() => sessions.DeleteExpiredAsync(Time.Now(), BatchSize, cancellationToken), BatchSize);
}
