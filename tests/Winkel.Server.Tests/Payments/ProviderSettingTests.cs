namespace Winkel.Server.Tests.Payments;

public sealed class ProviderSettingTests
{
    [Theory]
    [InlineData("Stripe", "Winkel:Payments:Stripe:SecretKey")]
    [InlineData("Mollie", "unknown value 'Mollie'")]
    public async Task TheStore_RefusesToStart_WithAProviderItDoesNotHave(string provider, string message)
    {
        await using var factory = new WinkelAppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("Winkel:Payments:Provider", provider));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(provider == "Stripe" ? "SecretKey" : "Winkel:Payments:Provider", error.ToString(), StringComparison.Ordinal);
    }
}
