using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Catalog.Changes;
using Winkel.Storage.Sqlite;

namespace Winkel.Server.Tests.Durability;

/// <summary>The SQLite store of a data folder opened directly, to see what a killed process left on disk.</summary>
internal static class StoreOnDisk
{
    public static IHost Open(string dataDir)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Winkel:DataDir"] = dataDir;
        builder.Services.AddSingleton<CatalogChangeSignal>();
        builder.AddSqliteStorage();
        return builder.Build();
    }
}
