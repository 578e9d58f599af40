using Amazon.CDK;

namespace Winkel.Deploy;

/// <summary>The stacks, one concern each, wired in dependency order (docs/deploy.md).</summary>
internal sealed record WinkelApp(
    NetworkStack Network,
    DataStack Data,
    CacheStack Cache,
    ComputeStack Compute,
    EdgeStack Edge,
    MonitoringStack Monitoring,
    EdgeMonitoringStack EdgeMonitoring)
{
    /// <summary>CloudFront's certificate and WAF web ACL, and its metrics, exist only here.</summary>
    public const string EdgeRegion = "us-east-1";

    public static WinkelApp Create(App app, DeploySettings settings)
    {
        // Cross-region references (load balancer → CloudFront, distribution → dashboard) need concrete regions.
        StackProps In(string region, string description) => new()
        {
            Env = new Amazon.CDK.Environment { Account = settings.Account, Region = region },
            CrossRegionReferences = true,
            Description = description,
            Tags = new Dictionary<string, string> { ["application"] = "winkel" },
        };
        var primary = settings.PrimaryRegion;

        var network = new NetworkStack(app, "Winkel-Network", In(primary, "Winkel: VPC, subnets, NAT gateway, security groups"));
        var data = new DataStack(app, "Winkel-Data", In(primary, "Winkel: DynamoDB global tables"), settings);
        var cache = new CacheStack(app, "Winkel-Cache", In(primary, "Winkel: ElastiCache Redis"), network, settings);
        var compute = new ComputeStack(app, "Winkel-Compute", In(primary, "Winkel: ECS Fargate service behind an ALB, autoscaling, secrets"),
            network, data, cache, settings);
        var edge = new EdgeStack(app, "Winkel-Edge", In(EdgeRegion, "Winkel: CloudFront, WAF, media and log buckets"),
            compute.Service.LoadBalancer.LoadBalancerDnsName, settings);
        edge.AddDependency(compute);
        var monitoring = new MonitoringStack(app, "Winkel-Monitoring", In(primary, "Winkel: alarms, alert topic, dashboard"),
            settings, compute, data, edge.Distribution.DistributionId);
        var edgeMonitoring = new EdgeMonitoringStack(app, "Winkel-EdgeMonitoring", In(EdgeRegion, "Winkel: CloudFront alarm"), settings, edge);
        return new WinkelApp(network, data, cache, compute, edge, monitoring, edgeMonitoring);
    }
}
