using System.Text;
using Winkel.Payments.Webhooks;

namespace Winkel.Payments.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test_secret_0123456789";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"evt_1","type":"payment_intent.succeeded"}""");

    private static string? Verify(string? header, byte[]? body = null, string secret = Secret) =>
        WebhookSignature.Verify(header, body ?? Body, secret, Now);

    [Fact]
    public void Verify_Passes_WhenSignedWithTheSecretNow() =>
        Assert.Null(Verify(WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body)));

    [Fact]
    public void Sign_MatchesStripesScheme_HmacSha256OfTimestampDotBody()
    {
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var expected = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes("1800000000." + Encoding.UTF8.GetString(Body))));

        Assert.Equal($"t=1800000000,v1={expected}", WebhookSignature.Sign(Secret, 1_800_000_000, Body));
    }

    [Fact]
    public void Verify_Fails_WhenSignedWithAnotherSecret() =>
        Assert.NotNull(Verify(WebhookSignature.Sign("whsec_another_secret_987654", Now.ToUnixTimeSeconds(), Body)));

    [Fact]
    public void Verify_Fails_WhenTheBodyWasTampered()
    {
        var header = WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body);
        var tampered = Encoding.UTF8.GetBytes("""{"id":"evt_1","type":"payment_intent.succeeded" }""");

        Assert.NotNull(Verify(header, tampered));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public void Verify_Fails_WhenTheTimestampIsOutsideTheTolerance(int offsetSeconds) =>
        Assert.Contains("300 seconds", Verify(WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds() + offsetSeconds, Body)), StringComparison.Ordinal);

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_Passes_AtTheEdgeOfTheTolerance(int offsetSeconds) =>
        Assert.Null(Verify(WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds() + offsetSeconds, Body)));

    [Fact]
    public void Verify_Passes_WhenAnyOfSeveralV1SignaturesMatches_AsWhileASecretIsRolled()
    {
        var t = Now.ToUnixTimeSeconds();
        var old = WebhookSignature.Sign("whsec_the_old_secret_000000", t, Body).Split(",v1=")[1];
        var current = WebhookSignature.Sign(Secret, t, Body).Split(",v1=")[1];

        Assert.Null(Verify($"t={t},v1={old},v1={current}"));
        Assert.Null(Verify($"t={t},v1={current},v0=abc,v1={old}"));
        Assert.NotNull(Verify($"t={t},v1={old}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=1800000000")]
    [InlineData("t=abc,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=1800000000,v1=zz")]
    [InlineData("t=1800000000,t=1800000001,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=-1800000000,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    public void Verify_Fails_WhenTheHeaderIsMissingOrMalformed(string? header) =>
        Assert.NotNull(Verify(header));
}
