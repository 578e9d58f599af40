using System.Net;

namespace Winkel.Payments.Stripe.Tests;

/// <summary>A Black Friday burst against Stripe's limits: checkouts wait their turn instead of failing.</summary>
public sealed class StripeRequestQueueTests
{
    [Fact]
    public async Task ABurstOfCharges_AllSucceed_WithinTheConcurrencyLimit_AndOneIntentEach_ThroughInjected429s()
    {
        await using var stripe = await StripeFixture.StartAsync(maxRetries: 6, o =>
        {
            o.MaxConcurrentRequests = 4;
            o.RequestsPerSecond = 200;
        });
        stripe.Fake.FailNext(5, HttpStatusCode.TooManyRequests);

        var intents = await Task.WhenAll(Enumerable.Range(1, 60).Select(i => stripe.PayAsync("pm_card_visa", orderId: $"ord_burst_{i}")));

        Assert.All(intents, i => Assert.Equal(PaymentStatus.Succeeded, i.Status));
        Assert.Equal(60, stripe.Fake.IntentCount);
        Assert.InRange(stripe.Fake.MaxInFlight, 1, 4);
        Assert.Equal(65, stripe.Fake.RequestsTo("POST", "/v1/payment_intents").Count);
    }

    [Fact]
    public async Task AFullQueue_AnswersUnavailable_InsteadOfWaitingForever()
    {
        await using var stripe = await StripeFixture.StartAsync(configure: o =>
        {
            o.MaxConcurrentRequests = 1;
            o.QueueLimit = 0;
        });

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(async i =>
        {
            try
            {
                return (await stripe.PayAsync("pm_card_visa", orderId: $"ord_full_{i}")).Status.ToWire();
            }
            catch (PaymentProviderUnavailableException)
            {
                return "unavailable";
            }
        }));

        Assert.Contains("succeeded", results);
        Assert.Contains("unavailable", results);
        Assert.Equal(results.Count(r => r == "succeeded"), stripe.Fake.IntentCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(10)]
    public async Task Backoff_StaysBetweenHalfAndAllOfTheDoubledBase_CappedAtTheMaximum(int attempt)
    {
        await using var stripe = await StripeFixture.StartAsync(configure: o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(100);
            o.RetryMaxDelay = TimeSpan.FromSeconds(2);
        });
        var ceiling = Math.Min(2000, 100 * Math.Pow(2, attempt));

        var delays = Enumerable.Range(0, 50).Select(_ => stripe.Queue.Backoff(attempt).TotalMilliseconds).ToList();

        Assert.All(delays, d => Assert.InRange(d, ceiling / 2, ceiling));
        Assert.True(delays.Distinct().Count() > 1, "the pauses are jittered");
    }
}
