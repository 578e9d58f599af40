using Amazon.CDK.AWS.WAFv2;
using Constructs;

namespace Winkel.Deploy;

/// <summary>
/// The distribution's WAF web ACL: AWS's common, known-bad-inputs and IP-reputation rule groups and
/// a per-IP rate limit. The common group's body-size rule only counts: the admin's catalog import
/// posts bodies far above its 8 KB limit.
/// </summary>
internal sealed class Firewall : Construct
{
    public const string RateRuleName = "RateLimitPerIp";

    public static readonly string[] ManagedRuleGroups =
        ["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesAmazonIpReputationList"];

    public CfnWebACL WebAcl { get; }

    public Firewall(Construct scope, string id, int rateLimit) : base(scope, id)
    {
        var rules = new List<CfnWebACL.IRuleProperty>();
        for (var i = 0; i < ManagedRuleGroups.Length; i++)
        {
            var name = ManagedRuleGroups[i];
            rules.Add(new CfnWebACL.RuleProperty
            {
                Name = name,
                Priority = i + 1,
                OverrideAction = new CfnWebACL.OverrideActionProperty { None = new Dictionary<string, object>() },
                Statement = new CfnWebACL.StatementProperty
                {
                    ManagedRuleGroupStatement = new CfnWebACL.ManagedRuleGroupStatementProperty
                    {
                        VendorName = "AWS",
                        Name = name,
                        RuleActionOverrides = name == "AWSManagedRulesCommonRuleSet"
                            ? new object[] { new CfnWebACL.RuleActionOverrideProperty { Name = "SizeRestrictions_BODY", ActionToUse = new CfnWebACL.RuleActionProperty { Count = new CfnWebACL.CountActionProperty() } } }
                            : null,
                    },
                },
                VisibilityConfig = Visibility(name),
            });
        }
        rules.Add(new CfnWebACL.RuleProperty
        {
            Name = RateRuleName,
            Priority = ManagedRuleGroups.Length + 1,
            Action = new CfnWebACL.RuleActionProperty { Block = new CfnWebACL.BlockActionProperty() },
            Statement = new CfnWebACL.StatementProperty
            {
                RateBasedStatement = new CfnWebACL.RateBasedStatementProperty { Limit = rateLimit, AggregateKeyType = "IP" },
            },
            VisibilityConfig = Visibility(RateRuleName),
        });

        WebAcl = new CfnWebACL(this, "WebAcl", new CfnWebACLProps
        {
            Scope = "CLOUDFRONT",
            DefaultAction = new CfnWebACL.DefaultActionProperty { Allow = new CfnWebACL.AllowActionProperty() },
            Rules = rules.ToArray(),
            VisibilityConfig = Visibility("winkel"),
        });
    }

    private static CfnWebACL.VisibilityConfigProperty Visibility(string name) => new()
    {
        CloudWatchMetricsEnabled = true,
        MetricName = name,
        SampledRequestsEnabled = true,
    };
}
