using Amazon.CDK.Assertions;

namespace Winkel.Deploy.Tests;

public sealed class ScalingTests(ReferenceApp app)
{
    private Template Compute => app.Template(app.Stacks.Compute);

    [Fact]
    public void TaskCount_ScalesBetween2And50_OnCpu70AndAThousandRequestsPerTarget()
    {
        Compute.HasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Match.ObjectLike(new Dictionary<string, object>
        {
            ["MinCapacity"] = 2,
            ["MaxCapacity"] = 50,
            ["ScalableDimension"] = "ecs:service:DesiredCount",
        }));
        Compute.HasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["PolicyType"] = "TargetTrackingScaling",
            ["TargetTrackingScalingPolicyConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["TargetValue"] = 70,
                ["ScaleOutCooldown"] = 30,
                ["ScaleInCooldown"] = 60,
                ["PredefinedMetricSpecification"] = Match.ObjectLike(new Dictionary<string, object> { ["PredefinedMetricType"] = "ECSServiceAverageCPUUtilization" }),
            }),
        }));
        Compute.HasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["PolicyType"] = "TargetTrackingScaling",
            ["TargetTrackingScalingPolicyConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["TargetValue"] = 1000,
                ["ScaleOutCooldown"] = 30,
                ["ScaleInCooldown"] = 60,
                ["PredefinedMetricSpecification"] = Match.ObjectLike(new Dictionary<string, object> { ["PredefinedMetricType"] = "ALBRequestCountPerTarget" }),
            }),
        }));
    }

    [Theory]
    [InlineData("cron(0 6 ? 11 6L *)", 30, 100)]
    [InlineData("cron(0 0 ? 11 7L *)", 2, 50)]
    [InlineData("cron(0 0 1 12 ? *)", 2, 50)]
    [InlineData("cron(0 6 1 12 ? *)", 20, 80)]
    [InlineData("cron(0 0 7 12 ? *)", 2, 50)]
    public void Peaks_AreScheduledInAmsterdamTime(string schedule, int min, int max)
    {
        var actions = app.Resources(app.Stacks.Compute, "AWS::ApplicationAutoScaling::ScalableTarget").Single().Properties["ScheduledActions"]!.AsArray();
        Assert.Equal(5, actions.Count);
        var action = Assert.Single(actions, a => (string?)a!["Schedule"] == schedule)!;
        Assert.Equal("Europe/Amsterdam", (string?)action["Timezone"]);
        Assert.Equal(min, (int?)action["ScalableTargetAction"]!["MinCapacity"]);
        Assert.Equal(max, (int?)action["ScalableTargetAction"]!["MaxCapacity"]);
    }

    /// <summary>
    /// The start fires on the last Friday of November (<c>6L</c>); the end needs the Saturday after it,
    /// which one of the two end crons hits every year, while the other falls outside the peak.
    /// </summary>
    [Fact]
    public void BlackFridayEnd_FallsOnTheSaturdayAfterTheLastFriday_InEveryYear()
    {
        for (var year = 2025; year <= 2125; year++)
        {
            var lastFriday = LastWeekday(year, 11, DayOfWeek.Friday);
            var end = lastFriday.AddDays(1);
            var lastSaturday = LastWeekday(year, 11, DayOfWeek.Saturday);
            var firstOfDecember = new DateOnly(year, 12, 1);

            Assert.True(end == lastSaturday || end == firstOfDecember, $"{year}: the peak ends on {end}");
            // The end action that is not the real end must not cut a running peak short.
            Assert.True(lastSaturday == end || lastSaturday < lastFriday, $"{year}: last Saturday {lastSaturday} inside the peak");
            Assert.True(firstOfDecember >= end, $"{year}");
        }
    }

    [Fact]
    public void FourthFriday_IsNotAlwaysTheLastFriday_SoTheScheduleUsesL()
    {
        var years = Enumerable.Range(2025, 30).Where(y => LastWeekday(y, 11, DayOfWeek.Friday).Day > 28).ToList();
        Assert.NotEmpty(years);
        Assert.Contains("6L", PeakSchedules.BlackFridayStart, StringComparison.Ordinal);
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(-1);
        }
        return date;
    }
}
