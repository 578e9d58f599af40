namespace Winkel.Server.Tests;

/// <summary>The system clock, moved forward by hand: for expiry tests without waiting.</summary>
internal sealed class AdjustableTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
