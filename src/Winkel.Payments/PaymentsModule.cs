using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Payments.TestProvider;
using Winkel.Payments.Webhooks;

namespace Winkel.Payments;

public static class PaymentsModule
{
    /// <summary>
    /// Registers the payment provider chosen by <c>Winkel:Payments:Provider</c> and webhook processing.
    /// A storage adapter must register <see cref="Storage.ITestPaymentStore"/>, <see cref="Storage.IPaymentEventLog"/>
    /// and <see cref="Storage.IPaymentLog"/>. Outcomes go to every registered <see cref="IPaymentOutcomeHandler"/>.
    /// </summary>
    /// <summary>The name of the readiness check every provider registers.</summary>
    public const string HealthCheckName = "payments";

    /// <summary>True when <c>Winkel:Payments:Provider</c> names <paramref name="provider"/> (any case; unset means Test).</summary>
    public static bool IsProvider(this IHostApplicationBuilder builder, string provider) =>
        string.Equals(builder.Configuration[$"{PaymentsOptions.Section}:Provider"] ?? "Test", provider, StringComparison.OrdinalIgnoreCase);

    public static IHostApplicationBuilder AddPayments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PaymentsDataOptions>().BindConfiguration(PaymentsDataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var provider = builder.Configuration[$"{PaymentsOptions.Section}:Provider"] ?? "Test";
        switch (provider.ToUpperInvariant())
        {
            case "TEST":
                builder.Services.AddSingleton<TestPaymentProvider>();
                builder.Services.AddSingleton<IPaymentProvider>(sp => sp.GetRequiredService<TestPaymentProvider>());
                builder.Services.AddSingleton<IWebhookSignatureVerifier, WinkelWebhookSignatureVerifier>();
                builder.Services.AddSingleton(PaymentsBrowserSettings.TestProvider);
                builder.Services.AddHealthChecks().AddCheck<TestProviderHealthCheck>(HealthCheckName, tags: ["ready"]);
                break;
            case "STRIPE":
                // The adapter lives in Winkel.Payments.Stripe (AddStripePayments): it registers the provider,
                // the signature verifier, the browser settings and the health check. The check below names
                // what is missing if the host forgot to add it.
                builder.Services.AddHostedService<ProviderRegisteredCheck>();
                break;
            default:
                throw new InvalidOperationException(
                    $"Winkel:Payments:Provider has the unknown value '{provider}'; use Test or Stripe.");
        }
        builder.Services.AddSingleton<WebhookSecret>();
        builder.Services.AddHostedService<WebhookSecretCheck>();
        builder.Services.AddSingleton<WebhookProcessor>();
        return builder;
    }

    private sealed class ProviderRegisteredCheck(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) =>
            services.GetService<IPaymentProvider>() is null
                ? throw new InvalidOperationException("Winkel:Payments:Provider=Stripe, but the host did not add the Stripe adapter (builder.AddStripePayments()).")
                : Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
