using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Catalog.Changes;
using Winkel.Storage.Sqlite;
using Winkel.Storage.Tests.Contracts;

namespace Winkel.Storage.Tests.Sqlite;

/// <summary>The SQLite adapter on a real database file in a fresh temporary folder.</summary>
public sealed class SqliteAdapter : StorageAdapter
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "winkel-tests", Guid.NewGuid().ToString("N"));
    private IHost _host;

    public SqliteAdapter() => _host = Build();

    public override IServiceProvider Services => _host.Services;

    public override async Task RestartAsync()
    {
        await DisposeHostAsync();
        _host = Build();
    }

    public override async ValueTask DisposeAsync()
    {
        await DisposeHostAsync();
        Directory.Delete(_dataDir, recursive: true);
    }

    private async Task DisposeHostAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private IHost Build()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Winkel:DataDir"] = _dataDir;
        builder.Services.AddSingleton<CatalogChangeSignal>();
        builder.AddSqliteStorage();
        return builder.Build();
    }
}

public sealed class SqliteCatalogStoreTests : CatalogStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => Task.FromResult<StorageAdapter>(new SqliteAdapter());
}

public sealed class SqliteChangeFeedTests : ChangeFeedContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => Task.FromResult<StorageAdapter>(new SqliteAdapter());
}

public sealed class SqliteIdentityStoreTests : IdentityStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => Task.FromResult<StorageAdapter>(new SqliteAdapter());
}

public sealed class SqliteCartStoreTests : CartStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => Task.FromResult<StorageAdapter>(new SqliteAdapter());
}

public sealed class SqlitePaymentStoreTests : PaymentStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => Task.FromResult<StorageAdapter>(new SqliteAdapter());
}

public sealed class SqliteOrderStoreTests : OrderStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => Task.FromResult<StorageAdapter>(new SqliteAdapter());
}
