using System.Collections.Concurrent;
using Winkel.Catalog.Changes;

namespace Winkel.Server.Tests.Catalog;

/// <summary>A change-feed consumer that remembers what it was given.</summary>
internal sealed class RecordingChangeHandler(string name, bool resumesFromCheckpoint) : ICatalogChangeHandler
{
    public ConcurrentQueue<CatalogChange> Received { get; } = new();

    public string Name => name;

    public bool ResumesFromCheckpoint => resumesFromCheckpoint;

    public Task HandleAsync(IReadOnlyList<CatalogChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            Received.Enqueue(change);
        }
        return Task.CompletedTask;
    }

    /// <summary>Waits (up to 10 s, polling) until a change for <paramref name="productId"/> arrived.</summary>
    public async Task<CatalogChange> WaitForAsync(string productId)
    {
        for (var i = 0; i < 200; i++)
        {
            if (Received.FirstOrDefault(c => c.ProductId == productId) is { } change)
            {
                return change;
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"No change for {productId} arrived.");
    }
}
