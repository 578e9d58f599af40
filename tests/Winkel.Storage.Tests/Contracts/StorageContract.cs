namespace Winkel.Storage.Tests.Contracts;

/// <summary>The base of every contract suite: a fresh, empty adapter per test.</summary>
public abstract class StorageContract : IAsyncLifetime
{
    private StorageAdapter? _adapter;

    protected StorageAdapter Adapter => _adapter ?? throw new InvalidOperationException("Not initialized.");

    protected abstract Task<StorageAdapter> CreateAdapterAsync();

    public async ValueTask InitializeAsync() => _adapter = await CreateAdapterAsync();

    public async ValueTask DisposeAsync()
    {
        if (_adapter is not null)
        {
            await _adapter.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
