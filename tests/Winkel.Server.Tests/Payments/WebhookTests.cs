using System.Net;
using System.Text;
using Winkel.Payments;

namespace Winkel.Server.Tests.Payments;

public sealed class WebhookTests : IAsyncLifetime
{
    private readonly PaymentsHost _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task AValidEvent_Returns200_AndIsAppliedOnce_WhenDeliveredTwice()
    {
        var body = PaymentsHost.Event("evt_twice", "payment_intent.succeeded", "pi_1", "ord_1");

        var first = await _host.PostWebhookAsync(body);
        var second = await _host.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        PaymentsHost.AssertNoStore(first);
        Assert.Equal(new PaymentOutcome("evt_twice", "ord_1", "pi_1", PaymentStatus.Succeeded), Assert.Single(_host.Handler.Applied));
    }

    [Fact]
    public async Task APaymentFailedEvent_IsAppliedAsFailed()
    {
        var response = await _host.PostWebhookAsync(PaymentsHost.Event("evt_failed", "payment_intent.payment_failed", "pi_2", "ord_2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PaymentStatus.Failed, Assert.Single(_host.Handler.Applied).Status);
    }

    [Fact]
    public async Task ABadSignature_Returns400Problem_AndAppliesNothing()
    {
        var response = await _host.PostWebhookAsync(PaymentsHost.Event("evt_bad", "payment_intent.succeeded", "pi_1", "ord_1"), secret: "whsec_not_the_right_secret");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("/problems/invalid-webhook", problem.GetProperty("type").GetString());
        PaymentsHost.AssertNoStore(response);
        Assert.Empty(_host.Handler.Applied);
    }

    // Well past the 300 s either way: a slow test run must not move the request back inside it (the exact edge is a unit test).
    [Theory]
    [InlineData(-400)]
    [InlineData(400)]
    public async Task AStaleOrFutureTimestamp_Returns400Problem(int offsetSeconds)
    {
        var response = await _host.PostWebhookAsync(
            PaymentsHost.Event("evt_old", "payment_intent.succeeded", "pi_1", "ord_1"), timestamp: DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(_host.Handler.Applied);
    }

    [Fact]
    public async Task AMissingSignature_Returns400Problem()
    {
        using var client = _host.Client();

        var response = await client.PostAsync("/api/payments/webhook",
            new StringContent(PaymentsHost.Event("evt_unsigned", "payment_intent.succeeded", "pi_1", "ord_1"), Encoding.UTF8, "application/json"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(_host.Handler.Applied);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"payment_intent.succeeded"}""")]
    public async Task AValidlySignedMalformedBody_Returns400Problem(string body)
    {
        var response = await _host.PostWebhookAsync(body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("charge.refunded")]
    [InlineData("payment_intent.created")]
    public async Task AnEventTypeWinkelDoesNotActOn_Returns200_AndIsIgnored(string type)
    {
        var response = await _host.PostWebhookAsync(PaymentsHost.Event("evt_other", type, "pi_1", "ord_1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Handler.Applied);
    }

    [Fact]
    public async Task AnEventWithoutAnOrder_Returns200_AndIsIgnored()
    {
        var response = await _host.PostWebhookAsync("""{"id":"evt_foreign","type":"payment_intent.succeeded","data":{"object":{"id":"pi_9","metadata":{}}}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Handler.Applied);
    }

    [Fact]
    public async Task AnEventWhoseApplyFailed_Returns500_AndIsAppliedOnRedelivery()
    {
        var body = PaymentsHost.Event("evt_retry", "payment_intent.succeeded", "pi_3", "ord_3");
        _host.Handler.FailNext(1);

        var failed = await _host.PostWebhookAsync(body);
        var redelivered = await _host.PostWebhookAsync(body);
        var again = await _host.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("evt_retry", Assert.Single(_host.Handler.Applied).EventId);
    }
}
