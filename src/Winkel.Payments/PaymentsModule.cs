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
                break;
            case "STRIPE":
                throw new InvalidOperationException(
                    "Winkel:Payments:Provider=Stripe: the Stripe adapter is not part of this build yet; use Test.");
            default:
                throw new InvalidOperationException(
                    $"Winkel:Payments:Provider has the unknown value '{provider}'; use Test or Stripe.");
        }
        builder.Services.AddSingleton<WebhookSecret>();
        builder.Services.AddHostedService<WebhookSecretCheck>();
        builder.Services.AddSingleton<WebhookProcessor>();
        return builder;
    }
}
