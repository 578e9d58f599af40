using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Constructs;

namespace Winkel.Deploy;

/// <summary>
/// The VPC over two availability zones: public subnets for the load balancer and the one NAT gateway,
/// private subnets with egress for the tasks, isolated subnets for Redis. DynamoDB and S3 traffic
/// leaves through free gateway endpoints rather than the NAT gateway.
/// </summary>
internal sealed class NetworkStack : Stack
{
    public const string PublicSubnets = "public";
    public const string AppSubnets = "app";
    public const string DataSubnets = "data";

    public Vpc Vpc { get; }

    public NetworkStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        Vpc = new Vpc(this, "Vpc", new VpcProps
        {
            IpAddresses = IpAddresses.Cidr("10.40.0.0/16"),
            MaxAzs = 2,
            NatGateways = 1,
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = PublicSubnets, SubnetType = SubnetType.PUBLIC, CidrMask = 24 },
                new SubnetConfiguration { Name = AppSubnets, SubnetType = SubnetType.PRIVATE_WITH_EGRESS, CidrMask = 20 },
                new SubnetConfiguration { Name = DataSubnets, SubnetType = SubnetType.PRIVATE_ISOLATED, CidrMask = 24 },
            ],
            GatewayEndpoints = new Dictionary<string, IGatewayVpcEndpointOptions>
            {
                ["DynamoDb"] = new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.DYNAMODB },
                ["S3"] = new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.S3 },
            },
        });
    }
}
