using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ElastiCache;
using Constructs;

namespace Winkel.Deploy;

/// <summary>
/// ElastiCache Redis: a primary and a replica in two zones with automatic failover, encrypted in
/// transit and at rest, in the isolated subnets. Its security group admits nothing by itself: the
/// compute stack adds the one rule, from the service's group on 6379 (a rule here would make the cache
/// depend on the service, which depends on the cache's endpoint).
/// </summary>
internal sealed class CacheStack : Stack
{
    public const string ReplicationGroupId = "winkel-cache";
    public const int NodeCount = 2;
    public const int RedisPort = 6379;

    public CfnReplicationGroup ReplicationGroup { get; }

    public SecurityGroup SecurityGroup { get; }

    /// <summary>The StackExchange.Redis configuration string the host reads as <c>Winkel:Redis:Configuration</c>.</summary>
    public string Configuration =>
        $"{ReplicationGroup.AttrPrimaryEndPointAddress}:{ReplicationGroup.AttrPrimaryEndPointPort},ssl=true,abortConnect=false";

    /// <summary>The member nodes' ids, as CloudWatch names them.</summary>
    public static IEnumerable<string> NodeIds => Enumerable.Range(1, NodeCount).Select(n => $"{ReplicationGroupId}-{n:000}");

    public CacheStack(Construct scope, string id, IStackProps props, NetworkStack network, DeploySettings settings) : base(scope, id, props)
    {
        SecurityGroup = new SecurityGroup(this, "SecurityGroup", new SecurityGroupProps
        {
            Vpc = network.Vpc,
            Description = "Winkel Redis: the service only (rule in Winkel-Compute)",
            AllowAllOutbound = false,
        });

        var subnets = new CfnSubnetGroup(this, "Subnets", new CfnSubnetGroupProps
        {
            Description = "Winkel Redis",
            SubnetIds = network.Vpc.SelectSubnets(new SubnetSelection { SubnetGroupName = NetworkStack.DataSubnets }).SubnetIds,
        });

        ReplicationGroup = new CfnReplicationGroup(this, "Redis", new CfnReplicationGroupProps
        {
            ReplicationGroupId = ReplicationGroupId,
            ReplicationGroupDescription = "Winkel cache, output cache and invalidation fan-out",
            Engine = "redis",
            EngineVersion = "7.1",
            CacheNodeType = settings.RedisNodeType,
            NumCacheClusters = NodeCount,
            MultiAzEnabled = true,
            AutomaticFailoverEnabled = true,
            TransitEncryptionEnabled = true,
            AtRestEncryptionEnabled = true,
            CacheSubnetGroupName = subnets.Ref,
            SecurityGroupIds = [SecurityGroup.SecurityGroupId],
            SnapshotRetentionLimit = 1,
        });
    }
}
