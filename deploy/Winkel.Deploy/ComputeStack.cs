using Amazon.CDK;
using Amazon.CDK.AWS.CertificateManager;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ECS.Patterns;
using Amazon.CDK.AWS.ElasticLoadBalancingV2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;
using EcsSecret = Amazon.CDK.AWS.ECS.Secret;
using HealthCheck = Amazon.CDK.AWS.ElasticLoadBalancingV2.HealthCheck;
using Secret = Amazon.CDK.AWS.SecretsManager.Secret;

namespace Winkel.Deploy;

/// <summary>
/// The store itself: the repository's Dockerfile as a container image, on ECS Fargate behind an HTTPS
/// load balancer, with target tracking on CPU and requests and the scheduled peaks
/// (<see cref="PeakSchedules"/>). Settings reach the task as environment variables, keys as secrets;
/// the task role may use its own tables and nothing else.
/// </summary>
internal sealed class ComputeStack : Stack
{
    public const int ContainerPort = 8080;
    public const string HealthPath = "/health/ready";

    public ApplicationLoadBalancedFargateService Service { get; }

    public Role TaskRole { get; }

    /// <summary>The Fargate tasks' group: the only one Redis admits.</summary>
    public SecurityGroup ServiceSecurityGroup { get; }

    public Secret StripeSecret { get; }

    public Secret AdminSecret { get; }

    public ScalableTaskCount Scaling { get; }

    public ComputeStack(Construct scope, string id, IStackProps props, NetworkStack network, DataStack data, CacheStack cache, DeploySettings settings)
        : base(scope, id, props)
    {
        StripeSecret = new Secret(this, "StripeSecret", new SecretProps
        {
            SecretName = "winkel/stripe",
            Description = "Stripe keys: put the real SecretKey, PublishableKey and WebhookSecret here (docs/deploy.md)",
            GenerateSecretString = new SecretStringGenerator
            {
                SecretStringTemplate = """{"SecretKey":"sk_test_replace_me","PublishableKey":"pk_test_replace_me"}""",
                GenerateStringKey = "WebhookSecret",
                ExcludePunctuation = true,
            },
        });
        AdminSecret = new Secret(this, "AdminSecret", new SecretProps
        {
            SecretName = "winkel/admin",
            Description = "Password of the store's admin account (Winkel:Admin:Password)",
            GenerateSecretString = new SecretStringGenerator { PasswordLength = 24, ExcludePunctuation = true },
        });

        TaskRole = new Role(this, "TaskRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("ecs-tasks.amazonaws.com"),
            Description = "Winkel tasks: their own DynamoDB tables only",
        });
        foreach (var table in data.Tables.Values)
        {
            table.GrantReadWriteData(TaskRole);
        }

        ServiceSecurityGroup = new SecurityGroup(this, "ServiceSecurityGroup", new SecurityGroupProps
        {
            Vpc = network.Vpc,
            Description = "Winkel Fargate tasks",
            AllowAllOutbound = true,
        });
        ServiceSecurityGroup.Connections.AllowTo(cache.SecurityGroup, Port.Tcp(CacheStack.RedisPort), "Winkel service to Redis");

        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = network.Vpc, ContainerInsights = true });
        var logs = new LogGroup(this, "Logs", new LogGroupProps { Retention = RetentionDays.ONE_MONTH, RemovalPolicy = RemovalPolicy.DESTROY });

        Service = new ApplicationLoadBalancedFargateService(this, "Service", new ApplicationLoadBalancedFargateServiceProps
        {
            Cluster = cluster,
            Cpu = 1024,
            MemoryLimitMiB = 2048,
            DesiredCount = 2,
            MinHealthyPercent = 100,
            MaxHealthyPercent = 200,
            CircuitBreaker = new DeploymentCircuitBreaker { Rollback = true },
            TaskSubnets = new SubnetSelection { SubnetGroupName = NetworkStack.AppSubnets },
            SecurityGroups = [ServiceSecurityGroup],
            PublicLoadBalancer = true,
            OpenListener = settings.CloudFrontPrefixListId is null,
            Protocol = ApplicationProtocol.HTTPS,
            Certificate = Certificate.FromCertificateArn(this, "OriginCertificate", settings.OriginCertificateArn),
            SslPolicy = SslPolicy.RECOMMENDED_TLS,
            HealthCheckGracePeriod = Duration.Seconds(60),
            TaskImageOptions = new ApplicationLoadBalancedTaskImageOptions
            {
                ContainerName = "winkel",
                Image = Image(settings),
                ContainerPort = ContainerPort,
                TaskRole = TaskRole,
                Environment = EnvironmentFor(settings, cache),
                Secrets = new Dictionary<string, EcsSecret>
                {
                    ["Winkel__Payments__Stripe__SecretKey"] = EcsSecret.FromSecretsManager(StripeSecret, "SecretKey"),
                    ["Winkel__Payments__Stripe__PublishableKey"] = EcsSecret.FromSecretsManager(StripeSecret, "PublishableKey"),
                    ["Winkel__Payments__WebhookSecret"] = EcsSecret.FromSecretsManager(StripeSecret, "WebhookSecret"),
                    ["Winkel__Admin__Password"] = EcsSecret.FromSecretsManager(AdminSecret),
                },
                LogDriver = LogDrivers.AwsLogs(new AwsLogDriverProps { StreamPrefix = "winkel", LogGroup = logs }),
            },
        });
        if (settings.CloudFrontPrefixListId is { } prefixList)
        {
            Service.LoadBalancer.Connections.AllowFrom(Peer.PrefixList(prefixList), Port.Tcp(443), "CloudFront only");
        }

        Service.TargetGroup.ConfigureHealthCheck(new HealthCheck
        {
            Path = HealthPath,
            HealthyHttpCodes = "200",
            Interval = Duration.Seconds(15),
            Timeout = Duration.Seconds(5),
            HealthyThresholdCount = 2,
            UnhealthyThresholdCount = 3,
        });
        Service.TargetGroup.SetAttribute("deregistration_delay.timeout_seconds", "30");

        Scaling = Service.Service.AutoScaleTaskCount(new Amazon.CDK.AWS.ApplicationAutoScaling.EnableScalingProps
        {
            MinCapacity = PeakSchedules.NormalMin,
            MaxCapacity = PeakSchedules.NormalMax,
        });
        Scaling.ScaleOnCpuUtilization("Cpu", new CpuUtilizationScalingProps
        {
            TargetUtilizationPercent = 70,
            ScaleOutCooldown = Duration.Seconds(30),
            ScaleInCooldown = Duration.Seconds(60),
        });
        Scaling.ScaleOnRequestCount("Requests", new RequestCountScalingProps
        {
            RequestsPerTarget = 1000,
            TargetGroup = Service.TargetGroup,
            ScaleOutCooldown = Duration.Seconds(30),
            ScaleInCooldown = Duration.Seconds(60),
        });
        PeakSchedules.Add(Scaling, settings.TimeZone);

        _ = new CfnOutput(this, "LoadBalancerDns", new CfnOutputProps { Value = Service.LoadBalancer.LoadBalancerDnsName });
        _ = new CfnOutput(this, "AdminSecretName", new CfnOutputProps { Value = AdminSecret.SecretName });
        _ = new CfnOutput(this, "StripeSecretName", new CfnOutputProps { Value = StripeSecret.SecretName });
    }

    private ContainerImage Image(DeploySettings settings) => settings.ImageTag is { } tag
        ? ContainerImage.FromEcrRepository(Repository.FromRepositoryName(this, "Repository", settings.ImageRepository), tag)
        : ContainerImage.FromAsset(RepositoryRoot.Find(settings.RepositoryRoot), new AssetImageProps
        {
            File = "Dockerfile",
            Platform = Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_AMD64,
        });

    /// <summary>The settings the host reads (docs/configuration.md), <c>:</c> written as <c>__</c>.</summary>
    private static Dictionary<string, string> EnvironmentFor(DeploySettings settings, CacheStack cache)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            ["Winkel__Storage__Provider"] = "DynamoDb",
            ["Winkel__DynamoDb__Region"] = settings.PrimaryRegion,
            ["Winkel__DynamoDb__TablePrefix"] = settings.TablePrefix,
            ["Winkel__Redis__Configuration"] = cache.Configuration,
            ["Winkel__Payments__Provider"] = "Stripe",
            ["Winkel__Admin__Email"] = settings.AdminEmail,
        };
        for (var i = 0; i < settings.AllowedCountries.Count; i++)
        {
            environment[$"Winkel__Geo__AllowedCountries__{i}"] = settings.AllowedCountries[i];
        }
        return environment;
    }
}
