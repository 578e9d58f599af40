using Amazon.CDK.Assertions;

namespace Winkel.Deploy.Tests;

public sealed class NetworkAndCacheTests(ReferenceApp app)
{
    [Fact]
    public void Vpc_SpansTwoZones_WithOneNatGatewayAndPrivateSubnetsForTasksAndRedis()
    {
        var network = app.Template(app.Stacks.Network);
        network.ResourceCountIs("AWS::EC2::NatGateway", 1);
        network.ResourceCountIs("AWS::EC2::Subnet", 6);
        var subnets = app.Resources(app.Stacks.Network, "AWS::EC2::Subnet").Select(s => s.Properties).ToList();
        Assert.Equal(2, subnets.Count(s => (bool?)s["MapPublicIpOnLaunch"] == true));
        Assert.Equal(2, subnets.Select(s => s["AvailabilityZone"]!.ToJsonString()).Distinct().Count());
        network.HasResourceProperties("AWS::EC2::VPCEndpoint", Match.ObjectLike(new Dictionary<string, object>
        {
            ["VpcEndpointType"] = "Gateway",
            ["ServiceName"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["Fn::Join"] = Match.ArrayWith([Match.ArrayWith([".dynamodb"])]),
            }),
        }));
    }

    [Fact]
    public void Redis_IsATwoNodeMultiAzReplicationGroup_EncryptedInTransitAndAtRest()
    {
        app.Template(app.Stacks.Cache).HasResourceProperties("AWS::ElastiCache::ReplicationGroup", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Engine"] = "redis",
            ["NumCacheClusters"] = 2,
            ["MultiAZEnabled"] = true,
            ["AutomaticFailoverEnabled"] = true,
            ["TransitEncryptionEnabled"] = true,
            ["AtRestEncryptionEnabled"] = true,
            ["ReplicationGroupId"] = "winkel-cache",
        }));
        var subnetGroup = app.Resources(app.Stacks.Cache, "AWS::ElastiCache::SubnetGroup").Single().Properties;
        Assert.All(subnetGroup["SubnetIds"]!.AsArray(), s => Assert.Contains("dataSubnet", s!.ToJsonString(), StringComparison.Ordinal));
    }
}
