using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Catalog.Changes;
using Winkel.Storage.DynamoDb;
using Winkel.Storage.Tests.Contracts;

namespace Winkel.Storage.Tests.DynamoDb;

/// <summary>
/// The DynamoDB adapter against the real DynamoDB Local that <c>./test.sh</c> starts
/// (<c>WINKEL_TEST_DYNAMODB</c>), on tables of a fresh prefix, so that every test starts empty.
/// </summary>
public sealed class DynamoDbAdapter : StorageAdapter
{
    private readonly string _prefix = $"t{Guid.NewGuid():N}-";
    private IHost _host;

    private DynamoDbAdapter() => _host = Build();

    public static string ServiceUrl => Environment.GetEnvironmentVariable("WINKEL_TEST_DYNAMODB") is { Length: > 0 } url
        ? url
        : throw new InvalidOperationException("WINKEL_TEST_DYNAMODB is not set: run the tests through ./test.sh, which starts DynamoDB Local.");

    public override IServiceProvider Services => _host.Services;

    public static async Task<StorageAdapter> CreateAsync()
    {
        var adapter = new DynamoDbAdapter();
        await adapter.Services.CreateTablesAsync(TestContext.Current.CancellationToken);
        return adapter;
    }

    public override async Task RestartAsync()
    {
        await DisposeHostAsync();
        _host = Build();
    }

    public override async ValueTask DisposeAsync()
    {
        await Services.GetRequiredService<TableSetup>().DeleteAsync(CancellationToken.None);
        await DisposeHostAsync();
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
        builder.Configuration["Winkel:DynamoDb:ServiceUrl"] = ServiceUrl;
        builder.Configuration["Winkel:DynamoDb:TablePrefix"] = _prefix;
        // DynamoDB Local shares a busy test machine: let a slow request take its time rather than fail.
        builder.Configuration["Winkel:DynamoDb:RequestTimeout"] = "00:00:30";
        builder.Configuration["Winkel:DynamoDb:MaxAttempts"] = "10";
        builder.Services.AddSingleton<CatalogChangeSignal>();
        builder.AddDynamoDbStorage();
        return builder.Build();
    }
}

public sealed class DynamoDbCatalogStoreTests : CatalogStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => DynamoDbAdapter.CreateAsync();
}

public sealed class DynamoDbChangeFeedTests : ChangeFeedContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => DynamoDbAdapter.CreateAsync();
}

public sealed class DynamoDbIdentityStoreTests : IdentityStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => DynamoDbAdapter.CreateAsync();
}

public sealed class DynamoDbCartStoreTests : CartStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => DynamoDbAdapter.CreateAsync();
}

public sealed class DynamoDbPaymentStoreTests : PaymentStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => DynamoDbAdapter.CreateAsync();
}

public sealed class DynamoDbOrderStoreTests : OrderStoreContract
{
    protected override Task<StorageAdapter> CreateAdapterAsync() => DynamoDbAdapter.CreateAsync();
}
