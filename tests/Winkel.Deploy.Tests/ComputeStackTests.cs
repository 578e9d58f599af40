using Amazon.CDK.Assertions;

namespace Winkel.Deploy.Tests;

public sealed class ComputeStackTests(ReferenceApp app)
{
    private Template Compute => app.Template(app.Stacks.Compute);

    [Fact]
    public void TaskDefinition_Has1VcpuAnd2GiBOnPort8080_FromTheRepositoryDockerfile()
    {
        Compute.HasResourceProperties("AWS::ECS::TaskDefinition", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Cpu"] = "1024",
            ["Memory"] = "2048",
            ["RequiresCompatibilities"] = new[] { "FARGATE" },
            ["ContainerDefinitions"] = new[]
            {
                Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Name"] = "winkel",
                    ["PortMappings"] = new[] { Match.ObjectLike(new Dictionary<string, object> { ["ContainerPort"] = 8080 }) },
                    // An image asset: the CDK bootstrap repository, tagged with the build context's hash.
                    ["Image"] = Match.ObjectLike(new Dictionary<string, object>
                    {
                        ["Fn::Sub"] = Match.StringLikeRegexp("cdk-hnb659fds-container-assets-"),
                    }),
                }),
            },
        }));
    }

    [Fact]
    public void Container_GetsTheCloudSettingsAsEnvironment_AndKeysAsSecrets()
    {
        var container = app.Resources(app.Stacks.Compute, "AWS::ECS::TaskDefinition").Single().Properties["ContainerDefinitions"]![0]!;
        var environment = container["Environment"]!.AsArray().ToDictionary(e => (string)e!["Name"]!, e => e!["Value"]!);
        Assert.Equal("DynamoDb", (string?)environment["Winkel__Storage__Provider"]);
        Assert.Equal("eu-west-1", (string?)environment["Winkel__DynamoDb__Region"]);
        Assert.Equal("Winkel-", (string?)environment["Winkel__DynamoDb__TablePrefix"]);
        Assert.Equal("Stripe", (string?)environment["Winkel__Payments__Provider"]);
        Assert.Equal("alerts@winkel.test", (string?)environment["Winkel__Admin__Email"]);
        Assert.Equal(["NL", "BE", "DE"], Enumerable.Range(0, 3).Select(i => (string?)environment[$"Winkel__Geo__AllowedCountries__{i}"]));
        var redis = environment["Winkel__Redis__Configuration"]!.ToJsonString();
        Assert.Contains("RedisPrimaryEndPointAddress", redis, StringComparison.Ordinal);
        Assert.Contains(",ssl=true", redis, StringComparison.Ordinal);

        var secrets = container["Secrets"]!.AsArray().ToDictionary(s => (string)s!["Name"]!, s => s!["ValueFrom"]!.ToJsonString());
        Assert.Equal(
            ["Winkel__Admin__Password", "Winkel__Payments__Stripe__PublishableKey", "Winkel__Payments__Stripe__SecretKey", "Winkel__Payments__WebhookSecret"],
            secrets.Keys.Order());
        Assert.Contains(":SecretKey::", secrets["Winkel__Payments__Stripe__SecretKey"], StringComparison.Ordinal);
        Assert.Contains(":WebhookSecret::", secrets["Winkel__Payments__WebhookSecret"], StringComparison.Ordinal);
        Assert.DoesNotContain(environment.Keys, k => k.Contains("Secret", StringComparison.OrdinalIgnoreCase) || k.Contains("Password", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Service_RunsTwoTasksInPrivateSubnets_WithACircuitBreakerThatRollsBack()
    {
        Compute.HasResourceProperties("AWS::ECS::Service", Match.ObjectLike(new Dictionary<string, object>
        {
            ["LaunchType"] = "FARGATE",
            ["DesiredCount"] = 2,
            ["DeploymentConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["DeploymentCircuitBreaker"] = new Dictionary<string, object> { ["Enable"] = true, ["Rollback"] = true },
            }),
            ["NetworkConfiguration"] = new Dictionary<string, object>
            {
                ["AwsvpcConfiguration"] = Match.ObjectLike(new Dictionary<string, object> { ["AssignPublicIp"] = "DISABLED" }),
            },
        }));
    }

    [Fact]
    public void LoadBalancer_ListensOnHttpsWithTheOriginCertificate_AndChecksReadiness()
    {
        Compute.HasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Port"] = 443,
            ["Protocol"] = "HTTPS",
            ["Certificates"] = new[] { new Dictionary<string, object> { ["CertificateArn"] = "arn:aws:acm:eu-west-1:123456789012:certificate/origin" } },
        }));
        Compute.ResourcePropertiesCountIs("AWS::ElasticLoadBalancingV2::Listener", Match.ObjectLike(new Dictionary<string, object> { ["Protocol"] = "HTTP" }), 0);
        Compute.HasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Port"] = 80,
            ["HealthCheckPath"] = "/health/ready",
            ["Matcher"] = new Dictionary<string, object> { ["HttpCode"] = "200" },
            ["HealthyThresholdCount"] = 2,
            ["UnhealthyThresholdCount"] = 3,
        }));
    }

    [Fact]
    public void LoadBalancer_AcceptsHttpsOnlyFromCloudFront_WhenThePrefixListIsConfigured()
    {
        var ingress = app.Resources(app.Stacks.Compute, "AWS::EC2::SecurityGroup")
            .SelectMany(g => g.Properties["SecurityGroupIngress"]?.AsArray() ?? [])
            .Concat(app.Resources(app.Stacks.Compute, "AWS::EC2::SecurityGroupIngress").Select(r => (System.Text.Json.Nodes.JsonNode)r.Properties))
            .ToList();
        Assert.DoesNotContain(ingress, rule => (string?)rule!["CidrIp"] == "0.0.0.0/0");
        Assert.Contains(ingress, rule => (string?)rule!["SourcePrefixListId"] == "pl-4fa04526" && (int?)rule["FromPort"] == 443);
    }

    [Fact]
    public void Redis_AdmitsOnlyTheServiceSecurityGroup()
    {
        var cacheGroup = app.Resources(app.Stacks.Cache, "AWS::EC2::SecurityGroup").Single().Properties;
        Assert.Null(cacheGroup["SecurityGroupIngress"]);
        var toRedis = app.AllStacks
            .SelectMany(s => app.Resources(s, "AWS::EC2::SecurityGroupIngress"))
            .Where(r => r.Properties["GroupId"]!.ToJsonString().Contains("Winkel-Cache", StringComparison.Ordinal))
            .ToList();
        var rule = Assert.Single(toRedis).Properties;
        Assert.Equal(6379, (int?)rule["FromPort"]);
        Assert.Equal(6379, (int?)rule["ToPort"]);
        Assert.Contains("ServiceSecurityGroup", rule["SourceSecurityGroupId"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
