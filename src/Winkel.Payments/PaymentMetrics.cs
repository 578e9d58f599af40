using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Winkel.Payments;

/// <summary>
/// Payment SLIs on the <c>Winkel.Payments</c> meter, recorded by the orders side for every provider:
/// attempts, authorization results (after 3-D Secure where there was one) and 3-D Secure challenges.
/// Authorization rate = approved ÷ (approved + declined); challenge rate = challenges ÷ attempts.
/// </summary>
public static class PaymentMetrics
{
    public const string Name = "Winkel.Payments";

    /// <summary>Spans around calls to the payment provider.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Attempts = Meter.CreateCounter<long>(
        "winkel.payments.attempts", "{payment}", "Payments sent to the provider");

    private static readonly Counter<long> Authorizations = Meter.CreateCounter<long>(
        "winkel.payments.authorizations", "{payment}", "Final authorization results: approved or declined");

    private static readonly Counter<long> Challenges = Meter.CreateCounter<long>(
        "winkel.payments.challenges", "{payment}", "Payments that asked the shopper for 3-D Secure");

    public static void Attempted() => Attempts.Add(1);

    public static void Authorized(bool approved) =>
        Authorizations.Add(1, new KeyValuePair<string, object?>("result", approved ? "approved" : "declined"));

    public static void Challenged() => Challenges.Add(1);
}
