using System.Text.Json;
using Constructs;

namespace Winkel.Deploy;

/// <summary>
/// What a merchant configures, as CDK context (<c>cdk deploy -c domain=shop.example.com</c> or
/// <c>cdk.json</c>). Every value has a default, so the app synthesizes without an AWS account; the
/// defaults are the reference deployment (docs/deploy.md).
/// </summary>
internal sealed record DeploySettings
{
    public const string PlaceholderCertificateArn = "arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-0000-0000-000000000000";

    /// <summary>The store's host name, served by CloudFront.</summary>
    public string Domain { get; init; } = "shop.example.com";

    /// <summary>ACM certificate for <see cref="Domain"/> in us-east-1 (CloudFront takes certificates only from there).</summary>
    public string CertificateArn { get; init; } = PlaceholderCertificateArn;

    /// <summary>ACM certificate for <see cref="Domain"/> in the primary region, for the load balancer's HTTPS listener.</summary>
    public string OriginCertificateArn { get; init; } = PlaceholderCertificateArn;

    public string AlertEmail { get; init; } = "ops@example.com";

    /// <summary>The store's admin account (<c>Winkel:Admin:Email</c>); its password is generated into Secrets Manager.</summary>
    public string AdminEmail { get; init; } = "ops@example.com";

    /// <summary>Empty: the account of the credentials <c>cdk deploy</c> runs with.</summary>
    public string? Account { get; init; }

    public string PrimaryRegion { get; init; } = "eu-west-1";

    /// <summary>DynamoDB global-table replicas; empty for a single-region deploy.</summary>
    public IReadOnlyList<string> ReplicaRegions { get; init; } = ["eu-central-1", "us-east-1"];

    /// <summary>Viewer countries CloudFront and the app let in (ISO 3166-1 alpha-2); empty lets every country in.</summary>
    public IReadOnlyList<string> AllowedCountries { get; init; } = [];

    /// <summary>A tag in the ECR repository <see cref="ImageRepository"/>; empty builds the repository's Dockerfile as an asset.</summary>
    public string? ImageTag { get; init; }

    public string ImageRepository { get; init; } = "winkel";

    /// <summary>Put before every table name, as <c>Winkel:DynamoDb:TablePrefix</c>.</summary>
    public string TablePrefix { get; init; } = "Winkel-";

    public string RedisNodeType { get; init; } = "cache.m7g.large";

    /// <summary>IANA zone of the store's scheduled peaks (Black Friday, Sinterklaas).</summary>
    public string TimeZone { get; init; } = "Europe/Amsterdam";

    /// <summary>Requests one IP address may make in 5 minutes before the WAF blocks it.</summary>
    public int WafRateLimit { get; init; } = 2000;

    /// <summary>
    /// The region's managed prefix list <c>com.amazonaws.global.cloudfront.origin-facing</c>: when set,
    /// the load balancer accepts HTTPS only from CloudFront; empty leaves it open on 443.
    /// </summary>
    public string? CloudFrontPrefixListId { get; init; }

    /// <summary>Where the repository's Dockerfile is; found by walking up to Winkel.slnx when not set.</summary>
    public string? RepositoryRoot { get; init; }

    public bool MultiRegion => ReplicaRegions.Count > 0;

    public static DeploySettings FromContext(Node node)
    {
        var defaults = new DeploySettings();
        return new DeploySettings
        {
            Domain = Text(node, "domain") ?? defaults.Domain,
            CertificateArn = Text(node, "certificateArn") ?? defaults.CertificateArn,
            OriginCertificateArn = Text(node, "originCertificateArn") ?? Text(node, "certificateArn") ?? defaults.OriginCertificateArn,
            AlertEmail = Text(node, "alertEmail") ?? defaults.AlertEmail,
            AdminEmail = Text(node, "adminEmail") ?? Text(node, "alertEmail") ?? defaults.AdminEmail,
            Account = Text(node, "account") ?? NonEmpty(Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT")),
            PrimaryRegion = Text(node, "primaryRegion") ?? defaults.PrimaryRegion,
            // The primary region holds the table itself; naming it as a replica too is a no-op, not an error.
            ReplicaRegions = (List(node, "replicaRegions") ?? defaults.ReplicaRegions)
                .Where(r => r != (Text(node, "primaryRegion") ?? defaults.PrimaryRegion)).Distinct().ToArray(),
            AllowedCountries = (List(node, "allowedCountries") ?? defaults.AllowedCountries).Select(c => c.ToUpperInvariant()).ToArray(),
            ImageTag = Text(node, "imageTag"),
            ImageRepository = Text(node, "imageRepository") ?? defaults.ImageRepository,
            TablePrefix = Text(node, "tablePrefix") ?? defaults.TablePrefix,
            RedisNodeType = Text(node, "redisNodeType") ?? defaults.RedisNodeType,
            TimeZone = Text(node, "timeZone") ?? defaults.TimeZone,
            WafRateLimit = Text(node, "wafRateLimit") is { } limit ? int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture) : defaults.WafRateLimit,
            CloudFrontPrefixListId = Text(node, "cloudFrontPrefixListId"),
            RepositoryRoot = Text(node, "repositoryRoot"),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Text(Node node, string key) => node.TryGetContext(key) switch
    {
        null => null,
        string s => NonEmpty(s),
        JsonElement { ValueKind: JsonValueKind.String } e => NonEmpty(e.GetString()),
        var other => NonEmpty(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)),
    };

    // A list comes as a JSON array from cdk.json or as "a,b" from `-c key=a,b`; "" or [] means none.
    private static string[]? List(Node node, string key) => node.TryGetContext(key) switch
    {
        null => null,
        string s => Split(s),
        object[] items => items.Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture) ?? "").Where(i => i.Length > 0).ToArray(),
        JsonElement { ValueKind: JsonValueKind.Array } e => e.EnumerateArray().Select(i => i.GetString() ?? "").Where(i => i.Length > 0).ToArray(),
        var other => Split(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    };

    private static string[] Split(string value) =>
        value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
