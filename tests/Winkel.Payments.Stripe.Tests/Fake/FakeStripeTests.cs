using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Stripe;

namespace Winkel.Payments.Stripe.Tests.Fake;

/// <summary>The fake refuses what Stripe refuses, so the provider tests passing means Winkel's requests are right.</summary>
public sealed class FakeStripeTests : IAsyncLifetime
{
    private FakeStripe _fake = null!;
    private readonly HttpClient _http = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fake = await FakeStripe.StartAsync(StripeConfiguration.ApiVersion);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    private static readonly Dictionary<string, string> Valid = new()
    {
        ["amount"] = "1234",
        ["currency"] = "eur",
        ["payment_method"] = "pm_card_visa",
        ["confirm"] = "true",
        ["return_url"] = "https://shop.winkel.test/orders/ord_1",
    };

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(Dictionary<string, string> form, string? key = null,
        string secret = FakeStripe.SecretKey, string? version = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_fake.BaseUrl}/v1/payment_intents") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        request.Headers.Add("Stripe-Version", version ?? StripeConfiguration.ApiVersion);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        using var response = await _http.SendAsync(request, Ct);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone());
    }

    private static Dictionary<string, string> Without(string key) => Valid.Where(p => p.Key != key).ToDictionary();

    private static Dictionary<string, string> With(string key, string value) => new(Valid) { [key] = value };

    private static void AssertError(HttpStatusCode expectedStatus, string code, string param, (HttpStatusCode Status, JsonElement Body) answer)
    {
        Assert.Equal(expectedStatus, answer.Status);
        var error = answer.Body.GetProperty("error");
        Assert.Equal((code, param), (error.GetProperty("code").GetString(), error.GetProperty("param").GetString()));
    }

    [Fact]
    public async Task CreateIntent_Refuses_WithoutAmount() =>
        AssertError(HttpStatusCode.BadRequest, "parameter_missing", "amount", await PostAsync(Without("amount")));

    [Fact]
    public async Task CreateIntent_Refuses_AnAmountUnderTheMinimum() =>
        AssertError(HttpStatusCode.BadRequest, "amount_too_small", "amount", await PostAsync(With("amount", "49")));

    [Fact]
    public async Task CreateIntent_Refuses_AnUnknownPaymentMethod() =>
        AssertError(HttpStatusCode.BadRequest, "resource_missing", "payment_method", await PostAsync(With("payment_method", "pm_card_made_up")));

    [Fact]
    public async Task CreateIntent_Refuses_ARelativeReturnUrl_AndConfirmingWithoutOne()
    {
        AssertError(HttpStatusCode.BadRequest, "url_invalid", "return_url", await PostAsync(With("return_url", "/orders/ord_1")));
        AssertError(HttpStatusCode.BadRequest, "parameter_missing", "return_url", await PostAsync(Without("return_url")));
    }

    [Fact]
    public async Task CreateIntent_Refuses_AnUppercaseCurrency() =>
        AssertError(HttpStatusCode.BadRequest, "parameter_invalid_string", "currency", await PostAsync(With("currency", "EUR")));

    [Fact]
    public async Task CreateIntent_Refuses_AWrongKey_AndAnotherApiVersion()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(Valid, secret: "sk_test_wrong")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(Valid, version: "2020-08-27")).Status);
    }

    [Fact]
    public async Task IdempotencyKey_ReplaysTheFirstAnswer_AndRefusesOtherParameters()
    {
        var first = await PostAsync(Valid, key: "k1");
        var again = await PostAsync(Valid, key: "k1");
        var other = await PostAsync(With("amount", "999"), key: "k1");

        Assert.Equal(first.Body.GetProperty("id").GetString(), again.Body.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, other.Status);
        Assert.Equal("idempotency_error", other.Body.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal(1, _fake.IntentCount);
    }

    [Fact]
    public async Task ADecline_Answers402_WithTheIntentInsideTheError()
    {
        var (status, body) = await PostAsync(With("payment_method", "pm_card_chargeDeclinedInsufficientFunds"));

        Assert.Equal(HttpStatusCode.PaymentRequired, status);
        var error = body.GetProperty("error");
        Assert.Equal(("card_error", "card_declined", "insufficient_funds"),
            (error.GetProperty("type").GetString(), error.GetProperty("code").GetString(), error.GetProperty("decline_code").GetString()));
        Assert.Equal("requires_payment_method", error.GetProperty("payment_intent").GetProperty("status").GetString());
    }
}
