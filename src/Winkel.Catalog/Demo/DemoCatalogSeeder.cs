using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Winkel.Catalog.Storage;
using Winkel.Core;

namespace Winkel.Catalog.Demo;

/// <summary>Loads the deterministic demo catalog at start-up when the catalog is empty and the demo is on.</summary>
internal sealed partial class DemoCatalogSeeder(
    ICatalogStore store, TimeProvider time, IOptions<CatalogOptions> options, ILogger<DemoCatalogSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Demo || !await store.IsEmptyAsync(cancellationToken))
        {
            return;
        }
        foreach (var batch in DemoCatalog.Generate(settings.DemoProductCount, time.Now()).Chunk(500))
        {
            await store.UpsertManyAsync(batch, cancellationToken);
        }
        LogSeeded(logger, settings.DemoProductCount);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo catalog: {Count} products (turn off with Winkel:Catalog:Demo=false)")]
    private static partial void LogSeeded(ILogger logger, int count);
}
