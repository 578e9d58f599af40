using Winkel.Payments.TestProvider;

namespace Winkel.Payments.Tests.TestProvider;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("/orders/ord_1")]
    [InlineData("/")]
    [InlineData("https://shop.example.nl/orders/ord_1?x=1")]
    [InlineData("http://localhost:8080/orders/ord_1")]
    public void IsAllowed_IsTrue_ForPathsAndHttpUrls(string url) => Assert.True(ReturnUrls.IsAllowed(url));

    [Theory]
    [InlineData("")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("orders/1")]
    public void IsAllowed_IsFalse_ForOtherUrls(string url) => Assert.False(ReturnUrls.IsAllowed(url));

    [Theory]
    [InlineData("/orders/ord_1", "/orders/ord_1?payment_intent=pi_1&redirect_status=succeeded")]
    [InlineData("/orders/ord_1?lang=nl#top", "/orders/ord_1?lang=nl&payment_intent=pi_1&redirect_status=succeeded#top")]
    public void WithOutcome_AddsThePaymentAndStatus_AsStripeDoes(string url, string expected) =>
        Assert.Equal(expected, ReturnUrls.WithOutcome(url, "pi_1", PaymentStatus.Succeeded));
}
