using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Stripe;
using Winkel.Payments.Storage;
using Winkel.Payments.Stripe.Tests.Fake;

namespace Winkel.Payments.Stripe.Tests;

/// <summary>The Stripe provider on its own, talking to a fresh fake Stripe; retries pause a millisecond.</summary>
internal sealed class StripeFixture : IAsyncDisposable
{
    private StripeFixture(FakeStripe fake, StripeOptions options)
    {
        Fake = fake;
        Options = options;
        Queue = new StripeRequestQueue(Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<StripeRequestQueue>.Instance);
        Provider = new StripePaymentProvider(StripePaymentsModule.CreateClient(options), Queue, Log,
            Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<StripePaymentProvider>.Instance);
    }

    public FakeStripe Fake { get; }

    public StripeOptions Options { get; }

    public StripeRequestQueue Queue { get; }

    public StripePaymentProvider Provider { get; }

    public MemoryPaymentLog Log { get; } = new();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<StripeFixture> StartAsync(int maxRetries = 3, Action<StripeOptions>? configure = null)
    {
        var fake = await FakeStripe.StartAsync(StripeConfiguration.ApiVersion);
        var options = Settings(fake.BaseUrl, maxRetries);
        configure?.Invoke(options);
        return new StripeFixture(fake, options);
    }

    public static StripeOptions Settings(string apiBase, int maxRetries = 3) => new()
    {
        SecretKey = FakeStripe.SecretKey,
        PublishableKey = FakeStripe.PublishableKey,
        StoreUrl = "https://shop.winkel.test",
        ApiBase = apiBase,
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    public Task<PaymentIntent> PayAsync(string paymentMethod, string orderId = "ord_1", long amountMinor = 1234, int attempt = 1) =>
        Provider.CreateAndConfirmAsync(new PaymentRequest(orderId, attempt, amountMinor, "EUR", paymentMethod, $"/orders/{orderId}"), Ct);

    public async ValueTask DisposeAsync()
    {
        Queue.Dispose();
        await Fake.DisposeAsync();
    }
}

/// <summary>The payment log in a list: the provider tests look at what it wrote.</summary>
internal sealed class MemoryPaymentLog : IPaymentLog
{
    private readonly List<PaymentLogEntry> _entries = [];

    public IReadOnlyList<PaymentLogEntry> Entries
    {
        get { lock (_entries) { return [.. _entries]; } }
    }

    public Task AppendAsync(PaymentLogEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_entries)
        {
            _entries.Add(entry);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PaymentLogEntry>> ListForOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        lock (_entries)
        {
            return Task.FromResult<IReadOnlyList<PaymentLogEntry>>([.. _entries.Where(e => e.OrderId == orderId)]);
        }
    }
}

/// <summary>Collects what is recorded on one instrument of the <c>Winkel.Payments</c> meter while it lives.</summary>
internal sealed class MeterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<Dictionary<string, object?>> _measurements = [];

    public MeterRecorder(string instrument)
    {
        _listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == PaymentsMetrics.MeterName && i.Name == instrument)
            {
                l.EnableMeasurementEvents(i);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }
            lock (_measurements)
            {
                _measurements.Add(copy);
            }
        });
        _listener.Start();
    }

    public IReadOnlyList<Dictionary<string, object?>> Measurements
    {
        get { lock (_measurements) { return [.. _measurements]; } }
    }

    public void Dispose() => _listener.Dispose();
}
