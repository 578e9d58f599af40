using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Constructs;

namespace Winkel.Deploy;

/// <summary>
/// CloudFront publishes its metrics in us-east-1 only, and an alarm can notify only a topic in its own
/// region: the cache-hit-rate alarm and a second subscription of the alert address live here.
/// </summary>
internal sealed class EdgeMonitoringStack : Stack
{
    public const double CacheHitRatePercent = 85;

    public EdgeMonitoringStack(Construct scope, string id, IStackProps props, DeploySettings settings, EdgeStack edge) : base(scope, id, props)
    {
        var alerts = MonitoringStack.AlertTopic(this, settings);
        var alarm = CacheHitRate(edge.Distribution.DistributionId, null).CreateAlarm(this, "CacheHitRate", new CreateAlarmOptions
        {
            AlarmDescription = $"CloudFront cache hit rate under {CacheHitRatePercent}% for 3 of 4 quarter-hours",
            Threshold = CacheHitRatePercent,
            ComparisonOperator = ComparisonOperator.LESS_THAN_THRESHOLD,
            EvaluationPeriods = 4,
            DatapointsToAlarm = 3,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        });
        alarm.AddAlarmAction(new SnsAction(alerts));
        alarm.AddOkAction(new SnsAction(alerts));
    }

    public static Metric CacheHitRate(string distributionId, string? region) => new(new MetricProps
    {
        Namespace = "AWS/CloudFront",
        MetricName = "CacheHitRate",
        DimensionsMap = new Dictionary<string, string> { ["DistributionId"] = distributionId, ["Region"] = "Global" },
        Period = Duration.Minutes(15),
        Statistic = "Average",
        Region = region,
    });
}
