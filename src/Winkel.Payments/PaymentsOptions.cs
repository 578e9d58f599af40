using System.ComponentModel.DataAnnotations;

namespace Winkel.Payments;

/// <summary>Settings under <c>Winkel:Payments</c>.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Winkel:Payments";

    /// <summary><c>Test</c> (the built-in test provider, the default) or <c>Stripe</c> (settings under <c>Winkel:Payments:Stripe</c>); any case.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Provider { get; set; } = "Test";

    /// <summary>
    /// The secret webhook signatures are checked with (Stripe's <c>whsec_…</c>). When unset, a random one
    /// is generated at first start and kept in <c>&lt;Winkel:DataDir&gt;/webhook-secret</c> (mode 0600). Several
    /// nodes on shared storage need it set, the same on every node; the Stripe provider requires it (the
    /// signing secret of the Stripe webhook endpoint).
    /// </summary>
    [MinLength(16)]
    public string? WebhookSecret { get; set; }
}

/// <summary>The data folder (<c>Winkel:DataDir</c>), where a generated webhook secret is kept.</summary>
internal sealed class PaymentsDataOptions
{
    public const string Section = "Winkel";

    [Required(AllowEmptyStrings = false)]
    public string DataDir { get; set; } = "data";
}
