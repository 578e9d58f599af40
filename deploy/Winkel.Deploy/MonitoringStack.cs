using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.ElasticLoadBalancingV2;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Constructs;

namespace Winkel.Deploy;

/// <summary>
/// Alarms on the primary region's parts (load balancer, tasks, tables, Redis), mailed through one SNS
/// topic, and the store's dashboard. CloudFront's metrics exist only in us-east-1, so its alarm is in
/// <see cref="EdgeMonitoringStack"/>; the dashboard shows them from there.
/// </summary>
internal sealed class MonitoringStack : Stack
{
    public const double Http5xxPercent = 1;
    public const double P99LatencySeconds = 1;
    public const double RedisCpuPercent = 80;
    public const double RedisEvictions = 100;

    public Topic Alerts { get; }

    public MonitoringStack(Construct scope, string id, IStackProps props, DeploySettings settings, ComputeStack compute, DataStack data,
        string distributionId) : base(scope, id, props)
    {
        Alerts = AlertTopic(this, settings);
        var alarms = new List<Alarm>();
        var loadBalancer = compute.Service.LoadBalancer;
        var targets = compute.Service.TargetGroup;
        var minute = Duration.Minutes(1);

        var requests = loadBalancer.Metrics.RequestCount(new MetricOptions { Period = minute, Statistic = "Sum" });
        var target5xx = loadBalancer.Metrics.HttpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, new MetricOptions { Period = minute, Statistic = "Sum" });
        var elb5xx = loadBalancer.Metrics.HttpCodeElb(HttpCodeElb.ELB_5XX_COUNT, new MetricOptions { Period = minute, Statistic = "Sum" });
        var errorRate = new MathExpression(new MathExpressionProps
        {
            Label = "5xx %",
            Expression = "100 * (FILL(t5xx, 0) + FILL(e5xx, 0)) / IF(req > 0, req, 1)",
            UsingMetrics = new Dictionary<string, IMetric> { ["t5xx"] = target5xx, ["e5xx"] = elb5xx, ["req"] = requests },
            Period = minute,
        });
        alarms.Add(errorRate.CreateAlarm(this, "Http5xxRate", new CreateAlarmOptions
        {
            AlarmDescription = $"More than {Http5xxPercent}% of requests answered 5xx (load balancer and tasks) for 3 of 5 minutes",
            Threshold = Http5xxPercent,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
            EvaluationPeriods = 5,
            DatapointsToAlarm = 3,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        }));

        var latency = targets.Metrics.TargetResponseTime(new MetricOptions { Period = minute, Statistic = "p99" });
        alarms.Add(latency.CreateAlarm(this, "TargetP99Latency", new CreateAlarmOptions
        {
            AlarmDescription = $"p99 response time of the tasks above {P99LatencySeconds} s for 5 minutes",
            Threshold = P99LatencySeconds,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
            EvaluationPeriods = 5,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        }));

        var unhealthy = targets.Metrics.UnhealthyHostCount(new MetricOptions { Period = minute, Statistic = "Maximum" });
        alarms.Add(unhealthy.CreateAlarm(this, "UnhealthyTasks", new CreateAlarmOptions
        {
            AlarmDescription = "A task failed its /health/ready check for 3 minutes",
            Threshold = 1,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            EvaluationPeriods = 3,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        }));

        foreach (var (name, table) in data.Tables)
        {
            IMetric Throttles(string metric) => new Metric(new MetricProps
            {
                Namespace = "AWS/DynamoDB",
                MetricName = metric,
                DimensionsMap = new Dictionary<string, string> { ["TableName"] = table.TableName },
                Period = minute,
                Statistic = "Sum",
            });
            var throttled = new MathExpression(new MathExpressionProps
            {
                Label = $"{name} throttled",
                Expression = "FILL(r, 0) + FILL(w, 0)",
                UsingMetrics = new Dictionary<string, IMetric> { ["r"] = Throttles("ReadThrottleEvents"), ["w"] = Throttles("WriteThrottleEvents") },
                Period = minute,
            });
            alarms.Add(throttled.CreateAlarm(this, $"{name}Throttled", new CreateAlarmOptions
            {
                AlarmDescription = $"DynamoDB throttled requests on {name} in 3 of 5 minutes",
                Threshold = 0,
                ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
                EvaluationPeriods = 5,
                DatapointsToAlarm = 3,
                TreatMissingData = TreatMissingData.NOT_BREACHING,
            }));
        }

        foreach (var node in CacheStack.NodeIds)
        {
            alarms.Add(RedisMetric("EngineCPUUtilization", node, "Average").CreateAlarm(this, $"RedisCpu-{node}", new CreateAlarmOptions
            {
                AlarmDescription = $"Redis {node} engine CPU above {RedisCpuPercent}% for 5 minutes",
                Threshold = RedisCpuPercent,
                ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
                EvaluationPeriods = 5,
                TreatMissingData = TreatMissingData.NOT_BREACHING,
            }));
            alarms.Add(RedisMetric("Evictions", node, "Sum").CreateAlarm(this, $"RedisEvictions-{node}", new CreateAlarmOptions
            {
                AlarmDescription = $"Redis {node} evicted more than {RedisEvictions} keys a minute for 5 minutes: the cache is too small",
                Threshold = RedisEvictions,
                ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
                EvaluationPeriods = 5,
                TreatMissingData = TreatMissingData.NOT_BREACHING,
            }));
        }

        foreach (var alarm in alarms)
        {
            alarm.AddAlarmAction(new SnsAction(Alerts));
            alarm.AddOkAction(new SnsAction(Alerts));
        }

        var cpu = compute.Service.Service.MetricCpuUtilization(new MetricOptions { Period = minute });
        var memory = compute.Service.Service.MetricMemoryUtilization(new MetricOptions { Period = minute });
        var dashboard = new Dashboard(this, "Dashboard", new DashboardProps { DashboardName = "Winkel" });
        dashboard.AddWidgets(
            new GraphWidget(new GraphWidgetProps { Title = "Requests and 5xx %", Left = [requests], Right = [errorRate], Width = 12 }),
            new GraphWidget(new GraphWidgetProps { Title = "Task p99 latency (s)", Left = [latency], Width = 12 }));
        dashboard.AddWidgets(
            new GraphWidget(new GraphWidgetProps { Title = "Tasks CPU and memory %", Left = [cpu, memory], Width = 12 }),
            new GraphWidget(new GraphWidgetProps
            {
                Title = "Healthy and unhealthy tasks",
                Left = [targets.Metrics.HealthyHostCount(new MetricOptions { Period = minute, Statistic = "Minimum" }), unhealthy],
                Width = 12,
            }));
        dashboard.AddWidgets(
            new GraphWidget(new GraphWidgetProps
            {
                Title = "Redis engine CPU % and evictions",
                Left = CacheStack.NodeIds.Select(n => (IMetric)RedisMetric("EngineCPUUtilization", n, "Average")).ToArray(),
                Right = CacheStack.NodeIds.Select(n => (IMetric)RedisMetric("Evictions", n, "Sum")).ToArray(),
                Width = 12,
            }),
            new GraphWidget(new GraphWidgetProps
            {
                Title = "CloudFront cache hit rate % (us-east-1)",
                Left = [EdgeMonitoringStack.CacheHitRate(distributionId, "us-east-1")],
                LeftAnnotations = [new HorizontalAnnotation { Value = EdgeMonitoringStack.CacheHitRatePercent, Label = "alarm" }],
                Width = 12,
            }));
        dashboard.AddWidgets(new AlarmStatusWidget(new AlarmStatusWidgetProps { Title = "Alarms", Alarms = [.. alarms], Width = 24 }));
    }

    public static Topic AlertTopic(Construct scope, DeploySettings settings)
    {
        var topic = new Topic(scope, "Alerts", new TopicProps { DisplayName = "Winkel alerts" });
        topic.AddSubscription(new EmailSubscription(settings.AlertEmail));
        return topic;
    }

    private static Metric RedisMetric(string name, string node, string statistic) => new(new MetricProps
    {
        Namespace = "AWS/ElastiCache",
        MetricName = name,
        DimensionsMap = new Dictionary<string, string> { ["CacheClusterId"] = node },
        Period = Duration.Minutes(1),
        Statistic = statistic,
    });
}
