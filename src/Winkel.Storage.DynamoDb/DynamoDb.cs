using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Microsoft.Extensions.Options;
using Winkel.Storage.DynamoDb.Tables;

namespace Winkel.Storage.DynamoDb;

/// <summary>The one DynamoDB client of a process and the physical names of Winkel's tables.</summary>
internal sealed class DynamoDb : IDisposable
{
    public DynamoDb(IOptions<DynamoDbOptions> options)
    {
        var settings = options.Value;
        var config = new AmazonDynamoDBConfig
        {
            RetryMode = RequestRetryMode.Adaptive,
            MaxErrorRetry = settings.MaxAttempts - 1,
            Timeout = settings.RequestTimeout,
        };
        if (string.IsNullOrEmpty(settings.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(settings.Region);
            Client = new AmazonDynamoDBClient(config);
        }
        else
        {
            config.ServiceURL = settings.ServiceUrl;
            config.AuthenticationRegion = settings.Region;
            // A local endpoint (DynamoDB Local, Alternator) checks no signature: without credentials in the
            // environment, sign with placeholders instead of searching instance metadata.
            Client = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is { Length: > 0 }
                || Environment.GetEnvironmentVariable("AWS_PROFILE") is { Length: > 0 }
                ? new AmazonDynamoDBClient(config)
                : new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
        }
        Prefix = settings.TablePrefix;
        Products = Name(WinkelTables.Products);
        Carts = Name(WinkelTables.Carts);
        Orders = Name(WinkelTables.Orders);
        Customers = Name(WinkelTables.Customers);
        CustomerEmails = Name(WinkelTables.CustomerEmails);
        Sessions = Name(WinkelTables.Sessions);
        IdempotencyKeys = Name(WinkelTables.IdempotencyKeys);
        CatalogChanges = Name(WinkelTables.CatalogChanges);
        Meta = Name(WinkelTables.Meta);
        Payments = Name(WinkelTables.Payments);
    }

    public IAmazonDynamoDB Client { get; }

    public string Prefix { get; }

    public string Products { get; }
    public string Carts { get; }
    public string Orders { get; }
    public string Customers { get; }
    public string CustomerEmails { get; }
    public string Sessions { get; }
    public string IdempotencyKeys { get; }
    public string CatalogChanges { get; }
    public string Meta { get; }
    public string Payments { get; }

    public string Name(TableDefinition table) => table.PhysicalName(Prefix);

    public void Dispose() => Client.Dispose();
}
