using Winkel.Storage.DynamoDb;
using Winkel.Storage.Sqlite;

namespace Winkel.Server.Platform;

internal static class StorageSelection
{
    /// <summary>Chooses the storage adapter once, from <c>Winkel:Storage:Provider</c>.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration[$"{StorageOptions.Section}:Provider"] ?? "Sqlite";
        switch (provider.ToUpperInvariant())
        {
            case "SQLITE":
                builder.AddSqliteStorage();
                break;
            case "DYNAMODB":
                builder.AddDynamoDbStorage();
                break;
            default:
                throw new InvalidOperationException(
                    $"Winkel:Storage:Provider has the unknown value '{provider}'; use Sqlite or DynamoDb.");
        }
        return builder;
    }
}
