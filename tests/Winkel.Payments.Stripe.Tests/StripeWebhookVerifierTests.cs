using System.Text;
using Winkel.Payments.Stripe.Tests.Fake;

namespace Winkel.Payments.Stripe.Tests;

/// <summary>Stripe.net's verifier behind Winkel's port, fed signatures the fake computes from Stripe's documentation.</summary>
public sealed class StripeWebhookVerifierTests
{
    private const string Body = """{"id":"evt_1","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":"pi_1","metadata":{"orderId":"ord_1"}}}}""";

    private static readonly StripeWebhookVerifier Verifier = new(TimeProvider.System);

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string? Verify(string header, string body = Body) => Verifier.Verify(Encoding.UTF8.GetBytes(body), header, FakeStripe.WebhookSecret);

    [Fact]
    public void Verify_Accepts_ASignedBody() => Assert.Null(Verify(FakeStripe.Sign(Body, Now, FakeStripe.WebhookSecret)));

    [Fact]
    public void Verify_Refuses_ATamperedBody() =>
        Assert.NotNull(Verify(FakeStripe.Sign(Body, Now, FakeStripe.WebhookSecret), Body.Replace("succeeded", "payment_failed", StringComparison.Ordinal)));

    [Fact]
    public void Verify_Refuses_AnotherSecret_AndNoHeader()
    {
        Assert.NotNull(Verify(FakeStripe.Sign(Body, Now, "whsec_someone_elses_secret_000000")));
        Assert.NotNull(Verifier.Verify(Encoding.UTF8.GetBytes(Body), null, FakeStripe.WebhookSecret));
    }

    [Fact]
    public void Verify_Accepts_WhenAnyOfSeveralSignaturesMatches_AsWhileASecretIsRolled() =>
        Assert.Null(Verify(FakeStripe.Sign(Body, Now, "whsec_the_new_secret_after_rolling_00", FakeStripe.WebhookSecret)));

    [Theory]
    [InlineData(-301)]
    [InlineData(-3600)]
    public void Verify_Refuses_ATimestampOutsideTheTolerance(int offsetSeconds) =>
        Assert.NotNull(Verify(FakeStripe.Sign(Body, Now + offsetSeconds, FakeStripe.WebhookSecret)));

    [Fact]
    public void Verify_Accepts_ATimestampWithinTheTolerance() =>
        Assert.Null(Verify(FakeStripe.Sign(Body, Now - 240, FakeStripe.WebhookSecret)));
}
