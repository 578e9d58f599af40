using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;

namespace Winkel.Deploy.Tests;

/// <summary>CloudFront follows the design's HTTP edge table; the WAF guards it.</summary>
public sealed class EdgeStackTests(ReferenceApp app)
{
    private const string CachingDisabled = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    private const string AllViewerAndCloudFrontHeaders = "33f36d7e-f396-46d9-90e0-52428a34d9dc";
    private static readonly string[] AllMethods = ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"];

    private Template Edge => app.Template(app.Stacks.Edge);

    private JsonObject Config =>
        app.Resources(app.Stacks.Edge, "AWS::CloudFront::Distribution").Single().Properties["DistributionConfig"]!.AsObject();

    private JsonObject Behavior(string path) =>
        Config["CacheBehaviors"]!.AsArray().Single(b => (string?)b!["PathPattern"] == path)!.AsObject();

    private string LogicalId(string type, string idPrefix) =>
        app.Resources(app.Stacks.Edge, type).Single(r => r.Id.StartsWith(idPrefix, StringComparison.Ordinal)).Id;

    [Theory]
    [InlineData("/api/*")]
    [InlineData("/cart*")]
    [InlineData("/checkout*")]
    [InlineData("/account*")]
    [InlineData("/orders/*")]
    [InlineData("/admin*")]
    public void ShopperPathsAndApi_AreNeverCached_AndTakeEveryMethod(string path)
    {
        var behavior = Behavior(path);
        Assert.Equal(CachingDisabled, (string?)behavior["CachePolicyId"]);
        Assert.Equal(AllViewerAndCloudFrontHeaders, (string?)behavior["OriginRequestPolicyId"]);
        Assert.Equal(AllMethods, behavior["AllowedMethods"]!.AsArray().Select(m => (string)m!));
        Assert.Equal("https-only", (string?)behavior["ViewerProtocolPolicy"]);
    }

    [Theory]
    [InlineData("/p/*")]
    [InlineData("/c/*")]
    public void ProductAndCategoryPages_AreCachedFifteenMinutes_KeyedOnQueryLanguageAndShopperCookies(string path)
    {
        var pages = LogicalId("AWS::CloudFront::CachePolicy", "Pages");
        Assert.Equal(pages, (string?)Behavior(path)["CachePolicyId"]!["Ref"]);
        Assert.Equal(["GET", "HEAD"], Behavior(path)["AllowedMethods"]!.AsArray().Select(m => (string)m!));
        Edge.HasResourceProperties("AWS::CloudFront::CachePolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["CachePolicyConfig"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["MinTTL"] = 0,
                ["DefaultTTL"] = 900,
                ["MaxTTL"] = 900,
                ["ParametersInCacheKeyAndForwardedToOrigin"] = new Dictionary<string, object>
                {
                    ["QueryStringsConfig"] = new Dictionary<string, object> { ["QueryStringBehavior"] = "all" },
                    ["HeadersConfig"] = new Dictionary<string, object> { ["HeaderBehavior"] = "whitelist", ["Headers"] = new[] { "Accept-Language" } },
                    ["CookiesConfig"] = new Dictionary<string, object> { ["CookieBehavior"] = "whitelist", ["Cookies"] = new[] { "winkel_session", "winkel_cart", "winkel_lang" } },
                    ["EnableAcceptEncodingGzip"] = true,
                    ["EnableAcceptEncodingBrotli"] = true,
                },
            }),
        }));
    }

    [Theory]
    [InlineData("/css/*", false)]
    [InlineData("/js/*", false)]
    [InlineData("/_content/*", false)]
    [InlineData("/media/*", true)]
    [InlineData("/errors/*", true)]
    public void Assets_AreCachedForAYear_FromTheAppOrTheBucket(string path, bool fromBucket)
    {
        var behavior = Behavior(path);
        Assert.Equal(LogicalId("AWS::CloudFront::CachePolicy", "Assets"), (string?)behavior["CachePolicyId"]!["Ref"]);
        Assert.True((bool)behavior["Compress"]!);
        var origin = Config["Origins"]!.AsArray().Single(o => (string?)o!["Id"] == (string?)behavior["TargetOriginId"])!;
        Assert.Equal(fromBucket, origin["S3OriginConfig"] is not null);
        Edge.HasResourceProperties("AWS::CloudFront::CachePolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["CachePolicyConfig"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["DefaultTTL"] = 31536000,
                ["MaxTTL"] = 31536000,
                ["ParametersInCacheKeyAndForwardedToOrigin"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["QueryStringsConfig"] = new Dictionary<string, object> { ["QueryStringBehavior"] = "none" },
                    ["CookiesConfig"] = new Dictionary<string, object> { ["CookieBehavior"] = "none" },
                }),
            }),
        }));
    }

    [Fact]
    public void AppOrigin_IsTheLoadBalancerOverHttps_WithHostAndViewerCountryForwarded()
    {
        var defaultBehavior = Config["DefaultCacheBehavior"]!;
        var origin = Config["Origins"]!.AsArray().Single(o => (string?)o!["Id"] == (string?)defaultBehavior["TargetOriginId"])!;
        Assert.Equal("https-only", (string?)origin["CustomOriginConfig"]!["OriginProtocolPolicy"]);
        Assert.Contains("ServiceLB", origin["DomainName"]!.ToJsonString(), StringComparison.Ordinal);
        Edge.HasResourceProperties("AWS::CloudFront::OriginRequestPolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["OriginRequestPolicyConfig"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["HeadersConfig"] = new Dictionary<string, object>
                {
                    ["HeaderBehavior"] = "whitelist",
                    ["Headers"] = Match.ArrayWith(["Host", "CloudFront-Viewer-Country"]),
                },
            }),
        }));
    }

    [Fact]
    public void Distribution_ServesTheDomainCompressedInEuropeAndNorthAmerica_WithLogsGeoAllowListAndWaf()
    {
        Edge.HasResourceProperties("AWS::CloudFront::Distribution", Match.ObjectLike(new Dictionary<string, object>
        {
            ["DistributionConfig"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["Aliases"] = new[] { "shop.winkel.test" },
                ["PriceClass"] = "PriceClass_100",
                ["ViewerCertificate"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["AcmCertificateArn"] = "arn:aws:acm:us-east-1:123456789012:certificate/cdn",
                    ["MinimumProtocolVersion"] = "TLSv1.2_2021",
                }),
                ["Restrictions"] = new Dictionary<string, object>
                {
                    ["GeoRestriction"] = new Dictionary<string, object> { ["RestrictionType"] = "whitelist", ["Locations"] = new[] { "NL", "BE", "DE" } },
                },
                ["Logging"] = Match.ObjectLike(new Dictionary<string, object> { ["Prefix"] = "cloudfront/" }),
                ["WebACLId"] = new Dictionary<string, object> { ["Fn::GetAtt"] = new[] { LogicalId("AWS::WAFv2::WebACL", "Firewall"), "Arn" } },
                ["DefaultCacheBehavior"] = Match.ObjectLike(new Dictionary<string, object> { ["Compress"] = true, ["ViewerProtocolPolicy"] = "redirect-to-https" }),
            }),
        }));
        Assert.All(Config["CacheBehaviors"]!.AsArray(), b => Assert.True((bool)b!["Compress"]!));
        Edge.HasResourceProperties("AWS::CloudFront::MonitoringSubscription", Match.ObjectLike(new Dictionary<string, object>
        {
            ["MonitoringSubscription"] = new Dictionary<string, object>
            {
                ["RealtimeMetricsSubscriptionConfig"] = new Dictionary<string, object> { ["RealtimeMetricsSubscriptionStatus"] = "Enabled" },
            },
        }));
    }

    [Fact]
    public void ErrorResponses_ShowStaticPagesWhenTheOriginIsDown_AndNeverCacheAppErrors()
    {
        var errors = Config["CustomErrorResponses"]!.AsArray().ToDictionary(e => (int)e!["ErrorCode"]!, e => e!);
        Assert.Equal("/errors/502.html", (string?)errors[502]["ResponsePagePath"]);
        Assert.Equal("/errors/504.html", (string?)errors[504]["ResponsePagePath"]);
        Assert.Equal(10, (int?)errors[502]["ErrorCachingMinTTL"]);
        Assert.Equal(0, (int?)errors[500]["ErrorCachingMinTTL"]);
        Assert.Equal(0, (int?)errors[503]["ErrorCachingMinTTL"]);
        Assert.Null(errors[503]["ResponsePagePath"]);
    }

    [Fact]
    public void SecurityHeadersPolicy_SetsTheDesignsHeaders()
    {
        Edge.HasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["ResponseHeadersPolicyConfig"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["SecurityHeadersConfig"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["StrictTransportSecurity"] = Match.ObjectLike(new Dictionary<string, object> { ["AccessControlMaxAgeSec"] = 31536000, ["IncludeSubdomains"] = true }),
                    ["ContentTypeOptions"] = new Dictionary<string, object> { ["Override"] = true },
                    ["FrameOptions"] = new Dictionary<string, object> { ["FrameOption"] = "DENY", ["Override"] = true },
                    ["ReferrerPolicy"] = Match.ObjectLike(new Dictionary<string, object> { ["ReferrerPolicy"] = "strict-origin-when-cross-origin" }),
                    ["ContentSecurityPolicy"] = Match.ObjectLike(new Dictionary<string, object>
                    {
                        ["ContentSecurityPolicy"] = Match.StringLikeRegexp("^default-src 'self'; .*frame-ancestors 'none'"),
                        ["Override"] = false,
                    }),
                }),
            }),
        }));
        var policyId = LogicalId("AWS::CloudFront::ResponseHeadersPolicy", "SecurityHeaders");
        Assert.All(Config["CacheBehaviors"]!.AsArray().Append(Config["DefaultCacheBehavior"]),
            b => Assert.Equal(policyId, (string?)b!["ResponseHeadersPolicyId"]!["Ref"]));
    }

    [Fact]
    public void MediaBucket_IsPrivate_AndReadOnlyByTheDistributionThroughOriginAccessControl()
    {
        Edge.HasResourceProperties("AWS::S3::Bucket", Match.ObjectLike(new Dictionary<string, object>
        {
            ["PublicAccessBlockConfiguration"] = new Dictionary<string, object>
            {
                ["BlockPublicAcls"] = true,
                ["BlockPublicPolicy"] = true,
                ["IgnorePublicAcls"] = true,
                ["RestrictPublicBuckets"] = true,
            },
            ["OwnershipControls"] = new Dictionary<string, object>
            {
                ["Rules"] = new[] { new Dictionary<string, object> { ["ObjectOwnership"] = "BucketOwnerEnforced" } },
            },
        }));
        Edge.HasResourceProperties("AWS::CloudFront::OriginAccessControl", Match.ObjectLike(new Dictionary<string, object>
        {
            ["OriginAccessControlConfig"] = Match.ObjectLike(new Dictionary<string, object> { ["OriginAccessControlOriginType"] = "s3", ["SigningBehavior"] = "always" }),
        }));
        Edge.HasResourceProperties("AWS::S3::BucketPolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["PolicyDocument"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["Statement"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Action"] = "s3:GetObject",
                    ["Principal"] = new Dictionary<string, object> { ["Service"] = "cloudfront.amazonaws.com" },
                })]),
            }),
        }));
    }

    [Fact]
    public void WebAcl_RunsTheManagedRuleGroups_AndBlocksAnIpOverTheRate()
    {
        var acl = app.Resources(app.Stacks.Edge, "AWS::WAFv2::WebACL").Single().Properties;
        Assert.Equal("CLOUDFRONT", (string?)acl["Scope"]);
        var rules = acl["Rules"]!.AsArray();
        var managed = rules.Where(r => r!["Statement"]!["ManagedRuleGroupStatement"] is not null)
            .Select(r => (string)r!["Statement"]!["ManagedRuleGroupStatement"]!["Name"]!);
        Assert.Equal(["AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"], managed.Order());
        var rate = rules.Single(r => (string?)r!["Name"] == "RateLimitPerIp")!;
        Assert.Equal(2000, (int?)rate["Statement"]!["RateBasedStatement"]!["Limit"]);
        Assert.Equal("IP", (string?)rate["Statement"]!["RateBasedStatement"]!["AggregateKeyType"]);
        Assert.NotNull(rate["Action"]!["Block"]);
        Assert.Equal(rules.Count, rules.Select(r => (int)r!["Priority"]!).Distinct().Count());
        // The admin's catalog import posts large bodies: the common group's body-size rule only counts.
        var common = rules.Single(r => (string?)r!["Name"] == "AWSManagedRulesCommonRuleSet")!["Statement"]!["ManagedRuleGroupStatement"]!;
        Assert.Equal("SizeRestrictions_BODY", (string?)common["RuleActionOverrides"]![0]!["Name"]);
        Assert.NotNull(common["RuleActionOverrides"]![0]!["ActionToUse"]!["Count"]);
    }
}
