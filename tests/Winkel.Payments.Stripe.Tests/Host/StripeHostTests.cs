using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Payments.Stripe.Tests.Fake;

namespace Winkel.Payments.Stripe.Tests.Host;

/// <summary>Starting the store with the Stripe provider: readiness, settings, what the checkout page gets.</summary>
public sealed class StripeHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> PaymentsCheckAsync(HttpClient client)
    {
        var ready = await client.GetAsync("/health/ready", Ct);
        return (await ready.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("checks").GetProperty("payments");
    }

    [Fact]
    public async Task TheStore_Starts_AndReadinessSaysStripeIsUnreachable_WhenItIs()
    {
        await using var host = await StripeHost.StartAsync();
        host.Fake.Down = true;
        using var client = host.Client();

        var live = await client.GetAsync("/health/live", Ct);
        var payments = await PaymentsCheckAsync(client);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Degraded", payments.GetProperty("status").GetString());
        Assert.Contains("unreachable", payments.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_IsHealthy_WhenStripeAnswers()
    {
        await using var host = await StripeHost.StartAsync();
        using var client = host.Client();

        Assert.Equal("Healthy", (await PaymentsCheckAsync(client)).GetProperty("status").GetString());
        Assert.Single(host.Fake.RequestsTo("GET", "/v1/payment_intents"));
    }

    [Fact]
    public async Task BrowserSettings_GiveThePublishableKey_ButNeverTheSecretKey()
    {
        await using var host = await StripeHost.StartAsync();

        var settings = host.App.Services.GetRequiredService<PaymentsBrowserSettings>();

        Assert.Equal(("stripe", FakeStripe.PublishableKey), (settings.Provider, settings.StripePublishableKey));
        Assert.DoesNotContain(FakeStripe.SecretKey, settings.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Winkel:Payments:Stripe:SecretKey", "", "Winkel:Payments:Stripe:SecretKey")]
    [InlineData("Winkel:Payments:Stripe:SecretKey", "pk_test_wrong_kind", "sk_")]
    [InlineData("Winkel:Payments:Stripe:StoreUrl", "shop.winkel.test", "StoreUrl")]
    [InlineData("Winkel:Payments:WebhookSecret", "", "Winkel:Payments:WebhookSecret is required")]
    public async Task TheStore_RefusesToStart_WithAWrongStripeSetting(string key, string value, string message)
    {
        await using var host = await StripeHost.StartAsync();
        await using var app = host.App.WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }
}
