namespace Winkel.Catalog.Changes;

/// <summary>
/// Wakes change-feed consumers as soon as a store commits a change, so they need not poll tightly.
/// A consumer takes <see cref="Next"/> before reading the feed and awaits it only if the read was empty,
/// so a change committed in between is never slept through.
/// </summary>
public sealed class CatalogChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
