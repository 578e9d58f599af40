using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Stripe;
using Winkel.Core.Http;
using Winkel.Payments.Webhooks;

namespace Winkel.Payments.Stripe;

public static class StripePaymentsModule
{
    /// <summary>
    /// The origins the checkout page's Stripe.js flow needs, from Stripe's published CSP guidance
    /// (docs.stripe.com/security/guide): Stripe.js and its Elements frames (<c>js.stripe.com</c> and its
    /// subdomains), its calls to <c>api.stripe.com</c>, and <c>hooks.stripe.com</c> in <c>form-action</c>
    /// because the checkout form's answer for 3-D Secure is a redirect there, which Chrome checks against
    /// <c>form-action</c>. Not added, as this flow does not use them: <c>hooks.stripe.com</c> in <c>frame-src</c>
    /// (3-D Secure in a frame) and <c>maps.googleapis.com</c> (the Address Element).
    /// </summary>
    public static readonly PaymentsBrowserSettings BrowserSources = new("stripe", null,
        ScriptSources: ["https://js.stripe.com", "https://*.js.stripe.com"],
        FrameSources: ["https://js.stripe.com", "https://*.js.stripe.com"],
        ConnectSources: ["https://api.stripe.com"],
        FormActionSources: ["https://hooks.stripe.com"]);

    /// <summary>
    /// With <c>Winkel:Payments:Provider=Stripe</c>, registers the Stripe adapter behind the payments port:
    /// the provider, Stripe.net's webhook verifier, the outbound queue, the <c>payments</c> readiness check and
    /// what the checkout page needs. Does nothing with another provider. Call after <c>AddPayments</c>.
    /// The host starts even when Stripe is unreachable; only wrong or missing settings stop it.
    /// </summary>
    public static IHostApplicationBuilder AddStripePayments(this IHostApplicationBuilder builder)
    {
        if (!builder.IsProvider("Stripe"))
        {
            return builder;
        }
        builder.Services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PaymentsOptions>()
            .Validate(o => !string.IsNullOrEmpty(o.WebhookSecret),
                "Winkel:Payments:WebhookSecret is required with Provider=Stripe: the signing secret (whsec_…) of the Stripe webhook endpoint.");
        builder.Services.AddSingleton(sp => CreateClient(sp.GetRequiredService<IOptions<StripeOptions>>().Value));
        builder.Services.AddSingleton<StripeRequestQueue>();
        builder.Services.AddSingleton<StripePaymentProvider>();
        builder.Services.AddSingleton<IPaymentProvider>(sp => sp.GetRequiredService<StripePaymentProvider>());
        builder.Services.AddSingleton<IWebhookSignatureVerifier, StripeWebhookVerifier>();
        builder.Services.AddSingleton(sp => BrowserSources with { StripePublishableKey = sp.GetRequiredService<IOptions<StripeOptions>>().Value.PublishableKey });
        builder.Services.Configure<ContentSecurityPolicy>(BrowserSources.AddTo);
        // One instance, so that its cached look at Stripe is shared by every probe.
        builder.Services.AddSingleton<StripeHealthCheck>();
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            PaymentsModule.HealthCheckName, sp => sp.GetRequiredService<StripeHealthCheck>(), failureStatus: null, tags: ["ready"]));
        return builder;
    }

    /// <summary>
    /// A client on its own HttpClient, with Stripe.net's retries off (the queue retries, with backoff and
    /// the same idempotency key) and its telemetry header off. The API version is the one this Stripe.net
    /// release is pinned to (<see cref="StripeConfiguration.ApiVersion"/>), sent as <c>Stripe-Version</c> on every request.
    /// </summary>
    internal static StripeClient CreateClient(StripeOptions options)
    {
        var http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            Timeout = options.RequestTimeout,
        };
        var clientOptions = new StripeClientOptions
        {
            ApiKey = options.SecretKey,
            HttpClient = new SystemNetHttpClient(http, maxNetworkRetries: 0, appInfo: new AppInfo { Name = "Winkel" }, enableTelemetry: false),
        };
        if (options.ApiBase != StripeOptions.DefaultApiBase)
        {
            var apiBase = options.ApiBase.TrimEnd('/');
            (clientOptions.ApiBase, clientOptions.FilesBase, clientOptions.ConnectBase, clientOptions.MeterEventsBase) = (apiBase, apiBase, apiBase, apiBase);
        }
        return new StripeClient(clientOptions);
    }
}
