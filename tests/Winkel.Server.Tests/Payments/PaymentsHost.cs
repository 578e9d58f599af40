using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Payments;
using Winkel.Payments.Webhooks;

namespace Winkel.Server.Tests.Payments;

/// <summary>The store with a <see cref="RecordingOutcomeHandler"/> in place of the orders module, and helpers for payments.</summary>
internal sealed partial class PaymentsHost : IAsyncDisposable
{
    private readonly WinkelAppFactory _factory;

    public PaymentsHost(string? dataDir = null)
    {
        _factory = dataDir is null ? new WinkelAppFactory() : new WinkelAppFactory(dataDir, deleteDataOnDispose: false);
        App = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPaymentOutcomeHandler>(Handler)));
    }

    public WebApplicationFactory<Program> App { get; }

    public RecordingOutcomeHandler Handler { get; } = new();

    public string DataDir => _factory.DataDir;

    public IPaymentProvider Provider => App.Services.GetRequiredService<IPaymentProvider>();

    public string Secret => App.Services.GetRequiredService<WebhookSecret>().Value;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public Task<PaymentIntent> PayAsync(string paymentMethod, string? orderId = null, long amountMinor = 1234, int attempt = 1) =>
        Provider.CreateAndConfirmAsync(
            new PaymentRequest(orderId ?? $"ord_{Guid.NewGuid():N}", attempt, amountMinor, "EUR", paymentMethod, "/orders/return"), Ct);

    /// <summary>The hidden nonce of the challenge page's forms.</summary>
    public static string NonceIn(string html) => NonceField().Match(html).Groups[1].Value;

    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string nonce) =>
        client.PostAsync(path, new FormUrlEncodedContent([new("nonce", nonce)]), Ct);

    public async Task<HttpResponseMessage> PostWebhookAsync(string body, long? timestamp = null, string? secret = null)
    {
        using var client = Client();
        var bytes = Encoding.UTF8.GetBytes(body);
        var t = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/webhook") { Content = content };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", WebhookSignature.Sign(secret ?? Secret, t, bytes));
        return await client.SendAsync(request, Ct);
    }

    public static string Event(string id, string type, string paymentId, string orderId) => System.Text.Json.JsonSerializer.Serialize(new
    {
        id,
        @object = "event",
        type,
        data = new { @object = new { id = paymentId, status = "succeeded", metadata = new { orderId } } },
    });

    public static void AssertNoStore(HttpResponseMessage response) =>
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());

    public static void AssertStatus(HttpStatusCode expected, HttpResponseMessage response) => Assert.Equal(expected, response.StatusCode);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [GeneratedRegex("name=\"nonce\" value=\"([^\"]+)\"")]
    private static partial Regex NonceField();
}
