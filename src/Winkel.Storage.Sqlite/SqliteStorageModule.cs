using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Winkel.Cart.Storage;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Storage;
using Winkel.Identity.Storage;
using Winkel.Orders.Storage;
using Winkel.Payments.Storage;
using Winkel.Storage.Sqlite.Cart;
using Winkel.Storage.Sqlite.Catalog;
using Winkel.Storage.Sqlite.Identity;
using Winkel.Storage.Sqlite.Orders;
using Winkel.Storage.Sqlite.Payments;

namespace Winkel.Storage.Sqlite;

public static class SqliteStorageModule
{
    /// <summary>The embedded profile: every module's ports on one SQLite file in <c>Winkel:DataDir</c>.</summary>
    public static IHostApplicationBuilder AddSqliteStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SqliteOptions>().BindConfiguration(SqliteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddSingleton<ProductReadSessions>();
        builder.Services.AddSingleton<ICatalogStore, SqliteCatalogStore>();
        builder.Services.AddSingleton<SqliteChangeFeed>();
        builder.Services.AddSingleton<ICatalogChangeFeed>(sp => sp.GetRequiredService<SqliteChangeFeed>());
        builder.Services.AddSingleton<IChangeFeedCheckpoints>(sp => sp.GetRequiredService<SqliteChangeFeed>());
        builder.Services.AddSingleton<ICustomerStore, SqliteCustomerStore>();
        builder.Services.AddSingleton<ISessionStore, SqliteSessionStore>();
        builder.Services.AddSingleton<ICartStore, SqliteCartStore>();
        builder.Services.AddSingleton<ITestPaymentStore, SqliteTestPaymentStore>();
        builder.Services.AddSingleton<IPaymentEventLog, SqlitePaymentEventLog>();
        builder.Services.AddSingleton<IPaymentLog, SqlitePaymentLog>();
        builder.Services.AddSingleton<IOrderStore, SqliteOrderStore>();
        builder.Services.AddSingleton<IIdempotencyStore, SqliteIdempotencyStore>();
        builder.Services.AddHealthChecks().AddCheck<SqliteHealthCheck>("store", tags: ["ready"]);
        return builder;
    }
}

internal sealed class SqliteHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            database.CheckReachable();
            return Task.FromResult(HealthCheckResult.Healthy("SQLite database is reachable."));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("SQLite database is not reachable.", ex));
        }
    }
}
