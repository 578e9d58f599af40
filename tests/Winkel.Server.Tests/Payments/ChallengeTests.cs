using System.Net;
using Winkel.Payments;

namespace Winkel.Server.Tests.Payments;

public sealed class ChallengeTests : IAsyncLifetime
{
    private readonly PaymentsHost _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<(PaymentIntent Intent, string Nonce)> ChallengeAsync(HttpClient client, string orderId = "ord_3ds")
    {
        var intent = await _host.PayAsync("pm_card_authenticationRequired", orderId: orderId, amountMinor: 1234);
        var page = await client.GetAsync(intent.RedirectUrl, Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (intent, PaymentsHost.NonceIn(await page.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task Approve_SucceedsThePayment_RedirectsToTheReturnUrl_AndTellsTheHandlerOnce()
    {
        using var client = _host.Client();
        var intent = await _host.PayAsync("pm_card_authenticationRequired", orderId: "ord_3ds", amountMinor: 1234);

        var page = await client.GetAsync(intent.RedirectUrl, Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var approved = await PaymentsHost.PostFormAsync(client, $"{intent.RedirectUrl}/approve", PaymentsHost.NonceIn(html));

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        PaymentsHost.AssertNoStore(page);
        Assert.Contains("EUR 12.34", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"{intent.RedirectUrl}/fail\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
        PaymentsHost.AssertNoStore(approved);
        Assert.Equal($"/orders/return?payment_intent={intent.PaymentId}&redirect_status=succeeded", approved.Headers.Location?.OriginalString);
        Assert.Equal(PaymentStatus.Succeeded, (await _host.Provider.GetAsync(intent.PaymentId, Ct))!.Status);
        var outcome = Assert.Single(_host.Handler.Applied);
        Assert.Equal(("ord_3ds", intent.PaymentId, PaymentStatus.Succeeded), (outcome.OrderId, outcome.PaymentId, outcome.Status));
        Assert.StartsWith("evt_", outcome.EventId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_FailsThePayment_AndTellsTheHandler()
    {
        using var client = _host.Client();
        var (intent, nonce) = await ChallengeAsync(client);

        var failed = await PaymentsHost.PostFormAsync(client, $"{intent.RedirectUrl}/fail", nonce);

        Assert.Equal(HttpStatusCode.SeeOther, failed.StatusCode);
        Assert.EndsWith("redirect_status=failed", failed.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var payment = await _host.Provider.GetAsync(intent.PaymentId, Ct);
        Assert.Equal((PaymentStatus.Failed, "authentication_failed"), (payment!.Status, payment.DeclineCode));
        Assert.Equal(PaymentStatus.Failed, Assert.Single(_host.Handler.Applied).Status);
    }

    [Fact]
    public async Task ASecondCompletion_ChangesNothing_AndAppliesNothingAgain()
    {
        using var client = _host.Client();
        var (intent, nonce) = await ChallengeAsync(client);
        await PaymentsHost.PostFormAsync(client, $"{intent.RedirectUrl}/approve", nonce);

        var again = await PaymentsHost.PostFormAsync(client, $"{intent.RedirectUrl}/fail", nonce);
        var page = await client.GetAsync(intent.RedirectUrl, Ct);

        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.EndsWith("redirect_status=succeeded", again.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(PaymentStatus.Succeeded, (await _host.Provider.GetAsync(intent.PaymentId, Ct))!.Status);
        Assert.Single(_host.Handler.Applied);
        Assert.DoesNotContain("name=\"nonce\"", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("wrong-nonce")]
    public async Task Completion_IsRefusedWith400_WithoutThePagesNonce(string nonce)
    {
        using var client = _host.Client();
        var (intent, _) = await ChallengeAsync(client);

        var response = await PaymentsHost.PostFormAsync(client, $"{intent.RedirectUrl}/approve", nonce);
        var noForm = await client.PostAsync($"{intent.RedirectUrl}/approve", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noForm.StatusCode);
        Assert.Equal(PaymentStatus.RequiresAction, (await _host.Provider.GetAsync(intent.PaymentId, Ct))!.Status);
        Assert.Empty(_host.Handler.Applied);
    }

    [Fact]
    public async Task AnUnknownPayment_Gets404Pages()
    {
        using var client = _host.Client();

        var page = await client.GetAsync("/payments/test/challenge/pi_doesnotexist0000000000", Ct);
        var post = await PaymentsHost.PostFormAsync(client, "/payments/test/challenge/pi_doesnotexist0000000000/approve", "x");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task AFailedDelivery_IsAppliedWhenTheShopperCompletesAgain()
    {
        using var client = _host.Client();
        var (intent, nonce) = await ChallengeAsync(client);
        _host.Handler.FailNext(1);

        var broken = await PaymentsHost.PostFormAsync(client, $"{intent.RedirectUrl}/approve", nonce);
        var retried = await PaymentsHost.PostFormAsync(client, $"{intent.RedirectUrl}/approve", nonce);

        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, retried.StatusCode);
        Assert.Equal(PaymentStatus.Succeeded, Assert.Single(_host.Handler.Applied).Status);
    }

    [Fact]
    public async Task AChallenge_SurvivesARestart()
    {
        var dataDir = WinkelAppFactory.NewDataDir();
        try
        {
            PaymentIntent intent;
            await using (var before = new PaymentsHost(dataDir))
            {
                intent = await before.PayAsync("pm_card_authenticationRequired", orderId: "ord_restart");
            }
            await using var after = new PaymentsHost(dataDir);
            using var client = after.Client();

            var page = await client.GetAsync(intent.RedirectUrl, Ct);
            var approved = await PaymentsHost.PostFormAsync(client, $"{intent.RedirectUrl}/approve", PaymentsHost.NonceIn(await page.Content.ReadAsStringAsync(Ct)));

            Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
            Assert.Equal("ord_restart", Assert.Single(after.Handler.Applied).OrderId);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
