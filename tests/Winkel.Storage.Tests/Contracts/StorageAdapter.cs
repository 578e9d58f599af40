using Microsoft.Extensions.DependencyInjection;

namespace Winkel.Storage.Tests.Contracts;

/// <summary>
/// One storage adapter running against its real backend, as the contract suites see it: the ports from
/// <see cref="Services"/>, and <see cref="RestartAsync"/> to drop every in-memory object and open the
/// same data again, as a process restart would.
/// </summary>
public abstract class StorageAdapter : IAsyncDisposable
{
    public abstract IServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public abstract Task RestartAsync();

    public abstract ValueTask DisposeAsync();
}
