using Amazon.CDK;
using Amazon.CDK.AWS.CertificateManager;
using Amazon.CDK.AWS.CloudFront;
using Amazon.CDK.AWS.CloudFront.Origins;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace Winkel.Deploy;

/// <summary>
/// CloudFront in front of the load balancer and the media bucket, with the HTTP edge table of the
/// design (docs/deploy.md): fingerprinted assets and media cached for a year, product and category
/// pages for 15 minutes keyed on what varies them, cart, checkout, account and <c>/api</c> never
/// cached. Lives in us-east-1 because the WAF web ACL and the certificate of a distribution must.
/// </summary>
internal sealed class EdgeStack : Stack
{
    public const string MediaPath = "/media/*";
    public const string ErrorPagesPath = "/errors/*";

    /// <summary>The cookies that make a page someone's own: with one, CloudFront keeps a separate copy (the app answers private then).</summary>
    public static readonly string[] PageCookies = ["winkel_session", "winkel_cart", "winkel_lang"];

    /// <summary>Fingerprinted files the app serves itself (<c>MapStaticAssets</c>).</summary>
    public static readonly string[] AppAssetPaths = ["/css/*", "/js/*", "/lib/*", "/_content/*", "/_framework/*", "/favicon.ico"];

    /// <summary>Pages about one shopper, and the API: passed through with every method, never cached.</summary>
    public static readonly string[] UncachedPaths = ["/api/*", "/cart*", "/checkout*", "/account*", "/orders/*", "/admin*", "/language/*"];

    /// <summary>Product and category pages.</summary>
    public static readonly string[] PagePaths = ["/p/*", "/c/*"];

    public Distribution Distribution { get; }

    public Bucket MediaBucket { get; }

    public Bucket LogBucket { get; }

    public CachePolicy AssetsCachePolicy { get; }

    public CachePolicy PagesCachePolicy { get; }

    public ResponseHeadersPolicy SecurityHeaders { get; }

    public EdgeStack(Construct scope, string id, IStackProps props, string loadBalancerDns, DeploySettings settings) : base(scope, id, props)
    {
        MediaBucket = new Bucket(this, "Media", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            Versioned = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
        });
        // CloudFront's standard logs are written with ACLs, so this bucket keeps object-writer ownership.
        LogBucket = new Bucket(this, "AccessLogs", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            ObjectOwnership = ObjectOwnership.OBJECT_WRITER,
            LifecycleRules = [new LifecycleRule { Expiration = Duration.Days(90) }],
            RemovalPolicy = RemovalPolicy.RETAIN,
        });

        AssetsCachePolicy = new CachePolicy(this, "Assets", new CachePolicyProps
        {
            Comment = "Fingerprinted assets and media: a year",
            MinTtl = Duration.Seconds(0),
            DefaultTtl = Duration.Days(365),
            MaxTtl = Duration.Days(365),
            QueryStringBehavior = CacheQueryStringBehavior.None(),
            HeaderBehavior = CacheHeaderBehavior.None(),
            CookieBehavior = CacheCookieBehavior.None(),
            EnableAcceptEncodingGzip = true,
            EnableAcceptEncodingBrotli = true,
        });
        PagesCachePolicy = new CachePolicy(this, "Pages", new CachePolicyProps
        {
            Comment = "Product and category pages: 15 minutes, per query, language and shopper cookie",
            MinTtl = Duration.Seconds(0),
            DefaultTtl = Duration.Minutes(15),
            MaxTtl = Duration.Minutes(15),
            QueryStringBehavior = CacheQueryStringBehavior.All(),
            HeaderBehavior = CacheHeaderBehavior.AllowList("Accept-Language"),
            CookieBehavior = CacheCookieBehavior.AllowList(PageCookies),
            EnableAcceptEncodingGzip = true,
            EnableAcceptEncodingBrotli = true,
        });
        // The load balancer's certificate names the store's domain, so CloudFront must send the
        // viewer's Host (it then checks the certificate against it); the app reads the viewer country.
        var appOrigin = new OriginRequestPolicy(this, "AppOrigin", new OriginRequestPolicyProps
        {
            Comment = "Host for TLS to the load balancer, the viewer's country for the geo allow-list, every cookie and query",
            HeaderBehavior = OriginRequestHeaderBehavior.AllowList("Host", "CloudFront-Viewer-Country", "Origin", "Referer"),
            QueryStringBehavior = OriginRequestQueryStringBehavior.All(),
            CookieBehavior = OriginRequestCookieBehavior.All(),
        });
        var assetOrigin = new OriginRequestPolicy(this, "AssetOrigin", new OriginRequestPolicyProps
        {
            Comment = "Host for TLS to the load balancer; nothing else varies an asset",
            HeaderBehavior = OriginRequestHeaderBehavior.AllowList("Host"),
            QueryStringBehavior = OriginRequestQueryStringBehavior.None(),
            CookieBehavior = OriginRequestCookieBehavior.None(),
        });

        SecurityHeaders = new ResponseHeadersPolicy(this, "SecurityHeaders", new ResponseHeadersPolicyProps
        {
            Comment = "The app's security headers, added where an answer lacks them (media, CloudFront's own errors)",
            SecurityHeadersBehavior = new ResponseSecurityHeadersBehavior
            {
                StrictTransportSecurity = new ResponseHeadersStrictTransportSecurity
                {
                    AccessControlMaxAge = Duration.Days(365),
                    IncludeSubdomains = true,
                    Override = false,
                },
                ContentTypeOptions = new ResponseHeadersContentTypeOptions { Override = true },
                FrameOptions = new ResponseHeadersFrameOptions { FrameOption = HeadersFrameOption.DENY, Override = true },
                ReferrerPolicy = new ResponseHeadersReferrerPolicy
                {
                    ReferrerPolicy = HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
                    Override = false,
                },
                // The app sends its own policy (with Stripe's sources when Stripe is on); this is the fallback.
                ContentSecurityPolicy = new ResponseHeadersContentSecurityPolicy
                {
                    ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
                    Override = false,
                },
            },
            RemoveHeaders = ["Server", "X-Powered-By"],
        });

        var app = new HttpOrigin(loadBalancerDns, new HttpOriginProps
        {
            ProtocolPolicy = OriginProtocolPolicy.HTTPS_ONLY,
            OriginSslProtocols = [OriginSslPolicy.TLS_V1_2],
            ReadTimeout = Duration.Seconds(30),
            KeepaliveTimeout = Duration.Seconds(60),
        });
        var media = S3BucketOrigin.WithOriginAccessControl(MediaBucket);

        BehaviorOptions Pages(AllowedMethods methods) => new()
        {
            Origin = app,
            AllowedMethods = methods,
            CachedMethods = CachedMethods.CACHE_GET_HEAD,
            CachePolicy = PagesCachePolicy,
            OriginRequestPolicy = appOrigin,
            ResponseHeadersPolicy = SecurityHeaders,
            ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            Compress = true,
        };
        var uncached = new BehaviorOptions
        {
            Origin = app,
            AllowedMethods = AllowedMethods.ALLOW_ALL,
            CachedMethods = CachedMethods.CACHE_GET_HEAD,
            CachePolicy = CachePolicy.CACHING_DISABLED,
            OriginRequestPolicy = OriginRequestPolicy.ALL_VIEWER_AND_CLOUDFRONT_2022,
            ResponseHeadersPolicy = SecurityHeaders,
            ViewerProtocolPolicy = ViewerProtocolPolicy.HTTPS_ONLY,
            Compress = true,
        };
        BehaviorOptions Assets(IOrigin origin, IOriginRequestPolicy? originRequest) => new()
        {
            Origin = origin,
            AllowedMethods = AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
            CachedMethods = CachedMethods.CACHE_GET_HEAD_OPTIONS,
            CachePolicy = AssetsCachePolicy,
            OriginRequestPolicy = originRequest,
            ResponseHeadersPolicy = SecurityHeaders,
            ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            Compress = true,
        };

        var behaviors = new Dictionary<string, IBehaviorOptions>();
        foreach (var path in UncachedPaths)
        {
            behaviors[path] = uncached;
        }
        foreach (var path in PagePaths)
        {
            behaviors[path] = Pages(AllowedMethods.ALLOW_GET_HEAD);
        }
        foreach (var path in AppAssetPaths)
        {
            behaviors[path] = Assets(app, assetOrigin);
        }
        behaviors[MediaPath] = Assets(media, null);
        behaviors[ErrorPagesPath] = Assets(media, null);

        var firewall = new Firewall(this, "Firewall", settings.WafRateLimit);
        Distribution = new Distribution(this, "Cdn", new DistributionProps
        {
            Comment = $"Winkel {settings.Domain}",
            DomainNames = [settings.Domain],
            Certificate = Certificate.FromCertificateArn(this, "Certificate", settings.CertificateArn),
            MinimumProtocolVersion = SecurityPolicyProtocol.TLS_V1_2_2021,
            HttpVersion = HttpVersion.HTTP2_AND_3,
            PriceClass = PriceClass.PRICE_CLASS_100,
            // Everything else (the home page, search, other storefront pages) honours the app's Cache-Control.
            DefaultBehavior = Pages(AllowedMethods.ALLOW_ALL),
            AdditionalBehaviors = behaviors,
            ErrorResponses =
            [
                // The origin unreachable or timing out: a static page from the bucket, retried soon.
                new ErrorResponse { HttpStatus = 502, ResponseHttpStatus = 502, ResponsePagePath = "/errors/502.html", Ttl = Duration.Seconds(10) },
                new ErrorResponse { HttpStatus = 504, ResponseHttpStatus = 504, ResponsePagePath = "/errors/504.html", Ttl = Duration.Seconds(10) },
                // The app's own error answers (problem+json on /api, its HTML pages) pass through, uncached.
                new ErrorResponse { HttpStatus = 500, Ttl = Duration.Seconds(0) },
                new ErrorResponse { HttpStatus = 503, Ttl = Duration.Seconds(0) },
                new ErrorResponse { HttpStatus = 404, Ttl = Duration.Seconds(60) },
            ],
            GeoRestriction = settings.AllowedCountries.Count > 0 ? GeoRestriction.Allowlist([.. settings.AllowedCountries]) : null,
            EnableLogging = true,
            LogBucket = LogBucket,
            LogFilePrefix = "cloudfront/",
            WebAclId = firewall.WebAcl.AttrArn,
        });

        // CacheHitRate is one of CloudFront's additional metrics: without the subscription there is nothing to alarm on.
        _ = new CfnMonitoringSubscription(this, "AdditionalMetrics", new CfnMonitoringSubscriptionProps
        {
            DistributionId = Distribution.DistributionId,
            MonitoringSubscription = new CfnMonitoringSubscription.MonitoringSubscriptionProperty
            {
                RealtimeMetricsSubscriptionConfig = new CfnMonitoringSubscription.RealtimeMetricsSubscriptionConfigProperty
                {
                    RealtimeMetricsSubscriptionStatus = "Enabled",
                },
            },
        });

        _ = new CfnOutput(this, "DistributionDomainName", new CfnOutputProps { Value = Distribution.DistributionDomainName });
        _ = new CfnOutput(this, "MediaBucketName", new CfnOutputProps { Value = MediaBucket.BucketName });
    }
}
