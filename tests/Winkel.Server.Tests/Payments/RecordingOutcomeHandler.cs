using System.Collections.Concurrent;
using Winkel.Payments;

namespace Winkel.Server.Tests.Payments;

/// <summary>Stands in for the orders module: records every outcome; can be told to fail the next calls.</summary>
internal sealed class RecordingOutcomeHandler : IPaymentOutcomeHandler
{
    private int _failuresLeft;

    public ConcurrentQueue<PaymentOutcome> Applied { get; } = new();

    public void FailNext(int times) => _failuresLeft = times;

    public Task ApplyAsync(PaymentOutcome outcome, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("The orders module is down.");
        }
        Applied.Enqueue(outcome);
        return Task.CompletedTask;
    }
}
