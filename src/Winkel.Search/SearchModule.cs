using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Winkel.Search.Analysis;
using Winkel.Search.Indexing;
using Winkel.Search.Monitoring;
using Winkel.Search.Querying;

namespace Winkel.Search;

public static class SearchModule
{
    /// <summary>
    /// Registers search: <see cref="ISearchService"/> on a Lucene index in <c>&lt;Winkel:DataDir&gt;/search</c>,
    /// kept current from the catalog change feed, the <c>search</c> readiness check and the
    /// <c>Winkel.Search</c> meter. Needs <c>AddCatalog</c> and a storage adapter.
    /// </summary>
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSearchIndexing();
        builder.Services.AddSingleton<SearchMetrics>();
        builder.Services.AddSingleton<IZeroResultQueries>(sp =>
            new ZeroResultQueries(sp.GetRequiredService<IOptions<SearchOptions>>().Value.ZeroResultQueriesKept, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            var queries = new TextQueryBuilder(ProductAnalyzers.Query(), new CompoundSplitter(options.CompoundParts), new Synonyms(options.EffectiveSynonyms));
            return new SearchEngine(queries, options.EffectivePriceBuckets, options.MaxBrandFacets);
        });
        builder.Services.AddSingleton<ISearchService, LuceneSearchService>();
        builder.Services.AddHostedService<SearchIndexer>();
        builder.Services.AddHealthChecks().AddCheck<SearchHealthCheck>("search", tags: ["ready"]);
        return builder;
    }

    /// <summary>What building and rebuilding the index needs (also used by the <c>reindex</c> verb).</summary>
    public static IServiceCollection AddSearchIndexing(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SearchDataOptions>().BindConfiguration(SearchDataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => ProductAnalyzers.Text(sp.GetRequiredService<IOptions<SearchOptions>>().Value.CompoundParts));
        services.AddSingleton<SearchIndexState>();
        services.AddSingleton<IndexLocation>();
        services.AddSingleton<IndexBuilder>();
        services.AddSingleton<IndexRebuilder>();
        return services;
    }
}
