using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Winkel.Cart;
using Winkel.Cart.Storage;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Storage;
using Winkel.Identity.Storage;
using Winkel.Orders.Storage;
using Winkel.Payments.Storage;
using Winkel.Storage.DynamoDb.Cart;
using Winkel.Storage.DynamoDb.Catalog;
using Winkel.Storage.DynamoDb.Identity;
using Winkel.Storage.DynamoDb.Orders;
using Winkel.Storage.DynamoDb.Payments;

namespace Winkel.Storage.DynamoDb;

public static class DynamoDbStorageModule
{
    /// <summary>The cloud profile's data layer: every module's ports on Amazon DynamoDB (or DynamoDB Local, Alternator).</summary>
    public static IHostApplicationBuilder AddDynamoDbStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DynamoDbOptions>().BindConfiguration(DynamoDbOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DynamoDb>();
        builder.Services.AddSingleton<TableSetup>();
        builder.Services.AddSingleton<DynamoChangeFeed>();
        builder.Services.AddSingleton<ICatalogChangeFeed>(sp => sp.GetRequiredService<DynamoChangeFeed>());
        builder.Services.AddSingleton<IChangeFeedCheckpoints>(sp => sp.GetRequiredService<DynamoChangeFeed>());
        builder.Services.AddSingleton<ICatalogStore, DynamoCatalogStore>();
        builder.Services.AddSingleton<ICustomerStore, DynamoCustomerStore>();
        builder.Services.AddSingleton<ISessionStore, DynamoSessionStore>();
        builder.Services.AddSingleton<ICartStore, DynamoCartStore>();
        builder.Services.AddSingleton<ITestPaymentStore, DynamoTestPaymentStore>();
        builder.Services.AddSingleton<IPaymentEventLog, DynamoPaymentEventLog>();
        builder.Services.AddSingleton<IPaymentLog, DynamoPaymentLog>();
        builder.Services.AddSingleton<IOrderStore, DynamoOrderStore>();
        builder.Services.AddSingleton<IIdempotencyStore, DynamoIdempotencyStore>();
        builder.Services.AddSingleton<IValidateOptions<CartOptions>, CartFitsOneTransaction>();
        builder.Services.AddHealthChecks().AddCheck<DynamoDbHealthCheck>("store", tags: ["ready"]);
        builder.Services.AddExceptionHandler<StoreUnavailableHandler>();
        return builder;
    }

    /// <summary>Creates the tables that are missing (the <c>tables create</c> verb); returns the names created.</summary>
    public static Task<IReadOnlyList<string>> CreateTablesAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TableSetup>().CreateAsync(cancellationToken);
}

/// <summary>A checkout writes each product, the change record, the key, the order and the cart delete in one transaction of at most 100 items.</summary>
internal sealed class CartFitsOneTransaction : IValidateOptions<CartOptions>
{
    public const int MaxLines = 96;

    public ValidateOptionsResult Validate(string? name, CartOptions options) => options.MaxLines <= MaxLines
        ? ValidateOptionsResult.Success
        : ValidateOptionsResult.Fail(
            $"Winkel:Cart:MaxLines is {options.MaxLines}; on DynamoDB a checkout is one transaction of at most 100 items, so at most {MaxLines}.");
}
