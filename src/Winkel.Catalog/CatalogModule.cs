using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Catalog.Caching;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Demo;
using Winkel.Catalog.Import;

namespace Winkel.Catalog;

public static class CatalogModule
{
    /// <summary>
    /// Registers the catalog's services. A storage adapter must register <see cref="Storage.ICatalogStore"/>,
    /// <see cref="ICatalogChangeFeed"/> and <see cref="IChangeFeedCheckpoints"/>; the host registers
    /// <c>HybridCache</c> and <see cref="Core.Caching.ICacheInvalidator"/>.
    /// </summary>
    public static IHostApplicationBuilder AddCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CatalogOptions>()
            .BindConfiguration(CatalogOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, CatalogJsonContext.Default));
        builder.Services.AddSingleton<CatalogChangeSignal>();
        builder.Services.AddSingleton<ProductImporter>();
        builder.Services.AddSingleton<CatalogCache>();
        builder.Services.AddSingleton<Microsoft.Extensions.Caching.Hybrid.IHybridCacheSerializer<CachedJson>, CachedJsonSerializer>();
        builder.Services.AddSingleton<ICatalogChangeHandler, CatalogCacheInvalidation>();
        builder.Services.AddHostedService<DemoCatalogSeeder>();
        builder.Services.AddHostedService<CatalogChangeDispatcher>();
        builder.Services.AddHostedService<ChangeFeedPruner>();
        return builder;
    }
}
