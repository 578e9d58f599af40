using Amazon.CDK.AWS.ApplicationAutoScaling;
using Amazon.CDK.AWS.ECS;
using AppScalingSchedule = Amazon.CDK.AWS.ApplicationAutoScaling.Schedule;
using CdkTimeZone = Amazon.CDK.TimeZone;

namespace Winkel.Deploy;

/// <summary>
/// The task count's normal bounds and the two yearly peaks, as Application Auto Scaling scheduled
/// actions in the store's time zone. Cron here is EventBridge's: day-of-week 1 is Sunday, so 6 is
/// Friday and 7 Saturday, and <c>6L</c> is the last Friday of the month.
/// </summary>
internal static class PeakSchedules
{
    public const int NormalMin = 2;
    public const int NormalMax = 50;

    /// <summary>The last Friday of November at 06:00: five-Friday Novembers make <c>FRI#4</c> wrong, <c>6L</c> is always right.</summary>
    public const string BlackFridayStart = "cron(0 6 ? 11 6L *)";

    /// <summary>
    /// The Saturday after the last Friday at 00:00 is either the last Saturday of November or, when
    /// the last Friday is 30 November, 1 December. One cron cannot say that, so both fire; in any year
    /// the one that is not the end falls on a day that already has the normal bounds (no harm done).
    /// </summary>
    public const string BlackFridayEndInNovember = "cron(0 0 ? 11 7L *)";

    public const string BlackFridayEndOnFirstOfDecember = "cron(0 0 1 12 ? *)";

    public const string SinterklaasStart = "cron(0 6 1 12 ? *)";
    public const string SinterklaasEnd = "cron(0 0 7 12 ? *)";

    public static void Add(ScalableTaskCount scaling, string timeZone)
    {
        var zone = CdkTimeZone.Of(timeZone);
        void At(string id, string cron, int min, int max) => scaling.ScaleOnSchedule(id, new ScalingSchedule
        {
            Schedule = AppScalingSchedule.Expression(cron),
            MinCapacity = min,
            MaxCapacity = max,
            TimeZone = zone,
        });

        At("BlackFridayStart", BlackFridayStart, 30, 100);
        At("BlackFridayEnd", BlackFridayEndInNovember, NormalMin, NormalMax);
        At("BlackFridayEndOnFirstOfDecember", BlackFridayEndOnFirstOfDecember, NormalMin, NormalMax);
        At("SinterklaasStart", SinterklaasStart, 20, 80);
        At("SinterklaasEnd", SinterklaasEnd, NormalMin, NormalMax);
    }
}
