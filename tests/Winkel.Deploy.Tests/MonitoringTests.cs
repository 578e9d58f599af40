using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using Winkel.Storage.DynamoDb.Tables;

namespace Winkel.Deploy.Tests;

public sealed class MonitoringTests(ReferenceApp app)
{
    private IReadOnlyList<JsonObject> Alarms(Amazon.CDK.Stack stack) =>
        app.Resources(stack, "AWS::CloudWatch::Alarm").Select(a => a.Properties).ToList();

    private JsonObject Alarm(string descriptionStart) =>
        Assert.Single(Alarms(app.Stacks.Monitoring), a => ((string?)a["AlarmDescription"] ?? "").StartsWith(descriptionStart, StringComparison.Ordinal));

    [Fact]
    public void AlertTopics_MailTheAlertAddress_InBothRegions()
    {
        foreach (var stack in new Amazon.CDK.Stack[] { app.Stacks.Monitoring, app.Stacks.EdgeMonitoring })
        {
            app.Template(stack).HasResourceProperties("AWS::SNS::Subscription", Match.ObjectLike(new Dictionary<string, object>
            {
                ["Protocol"] = "email",
                ["Endpoint"] = "alerts@winkel.test",
            }));
            var topic = app.Resources(stack, "AWS::SNS::Topic").Single().Id;
            Assert.All(Alarms(stack), a => Assert.Equal(topic, (string?)a["AlarmActions"]![0]!["Ref"]));
        }
    }

    [Fact]
    public void Http5xxRate_AlarmsAboveOnePercentOfRequests()
    {
        var alarm = Alarm("More than 1% of requests answered 5xx");
        Assert.Equal(1, (double?)alarm["Threshold"]);
        Assert.Equal("GreaterThanThreshold", (string?)alarm["ComparisonOperator"]);
        var expression = alarm["Metrics"]!.AsArray().Single(m => m!["Expression"] is not null)!;
        Assert.Contains("100 * (FILL(t5xx, 0) + FILL(e5xx, 0))", (string?)expression["Expression"], StringComparison.Ordinal);
        var names = alarm["Metrics"]!.AsArray().Where(m => m!["MetricStat"] is not null).Select(m => (string)m!["MetricStat"]!["Metric"]!["MetricName"]!).Order();
        Assert.Equal(["HTTPCode_ELB_5XX_Count", "HTTPCode_Target_5XX_Count", "RequestCount"], names);
    }

    [Fact]
    public void TargetLatency_AlarmsWhenP99IsOverOneSecond()
    {
        var alarm = Alarm("p99 response time");
        Assert.Equal("TargetResponseTime", (string?)alarm["MetricName"]);
        Assert.Equal("p99", (string?)alarm["ExtendedStatistic"]);
        Assert.Equal(1, (double?)alarm["Threshold"]);
    }

    [Fact]
    public void UnhealthyTasks_AlarmAtOne()
    {
        var alarm = Alarm("A task failed its /health/ready check");
        Assert.Equal("UnHealthyHostCount", (string?)alarm["MetricName"]);
        Assert.Equal("GreaterThanOrEqualToThreshold", (string?)alarm["ComparisonOperator"]);
        Assert.Equal(1, (double?)alarm["Threshold"]);
    }

    [Fact]
    public void EveryTable_HasAThrottlingAlarm()
    {
        foreach (var table in WinkelTables.All)
        {
            var alarm = Alarm($"DynamoDB throttled requests on {table.Name} ");
            Assert.Equal(0, (double?)alarm["Threshold"]);
            var names = alarm["Metrics"]!.AsArray().Where(m => m!["MetricStat"] is not null).Select(m => (string)m!["MetricStat"]!["Metric"]!["MetricName"]!).Order();
            Assert.Equal(["ReadThrottleEvents", "WriteThrottleEvents"], names);
        }
    }

    [Theory]
    [InlineData("winkel-cache-001")]
    [InlineData("winkel-cache-002")]
    public void EveryRedisNode_HasCpuAndEvictionAlarms(string node)
    {
        var cpu = Alarm($"Redis {node} engine CPU");
        Assert.Equal("EngineCPUUtilization", (string?)cpu["MetricName"]);
        Assert.Equal(80, (double?)cpu["Threshold"]);
        Assert.Equal(node, (string?)cpu["Dimensions"]![0]!["Value"]);
        var evictions = Alarm($"Redis {node} evicted");
        Assert.Equal("Evictions", (string?)evictions["MetricName"]);
        Assert.Equal(100, (double?)evictions["Threshold"]);
    }

    [Fact]
    public void CacheHitRate_AlarmsUnder85Percent_InUsEast1()
    {
        Assert.Equal("us-east-1", app.Stacks.EdgeMonitoring.Region);
        app.Template(app.Stacks.EdgeMonitoring).HasResourceProperties("AWS::CloudWatch::Alarm", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Namespace"] = "AWS/CloudFront",
            ["MetricName"] = "CacheHitRate",
            ["Threshold"] = 85,
            ["ComparisonOperator"] = "LessThanThreshold",
            ["Dimensions"] = Match.ArrayWith([new Dictionary<string, object> { ["Name"] = "Region", ["Value"] = "Global" }]),
        }));
    }

    [Fact]
    public void Dashboard_ShowsTheStore()
    {
        var body = app.Resources(app.Stacks.Monitoring, "AWS::CloudWatch::Dashboard").Single().Properties["DashboardBody"]!.ToJsonString();
        foreach (var metric in new[] { "RequestCount", "TargetResponseTime", "CPUUtilization", "EngineCPUUtilization", "CacheHitRate" })
        {
            Assert.Contains(metric, body, StringComparison.Ordinal);
        }
    }
}
