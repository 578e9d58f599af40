using System.Globalization;
using Winkel.Catalog;
using Winkel.Search;
using Winkel.Search.Indexing;
using Winkel.Server.Platform;

namespace Winkel.Server.Cli;

/// <summary>
/// <c>reindex</c>: rebuilds the search index of a stopped store from its catalog, aside from the live
/// index, then swaps it in. A running store holds its index; it is told to rebuild with
/// <c>POST /api/admin/search/reindex</c> instead.
/// </summary>
internal static class ReindexCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddStorage();
        builder.AddCatalog();
        builder.Services.AddSearchIndexing();
        await using var app = builder.Build();

        var live = app.Services.GetRequiredService<IndexLocation>().Current();
        if (live is not null && Directory.Exists(live) && SearchIndex.IsLocked(live))
        {
            throw new CommandLine.UsageException("A running store holds the search index; ask it to rebuild with POST /api/admin/search/reindex.");
        }
        var state = app.Services.GetRequiredService<SearchIndexState>();
        var rebuilder = app.Services.GetRequiredService<IndexRebuilder>();
        var started = TimeProvider.System.GetTimestamp();
        var rebuild = rebuilder.RebuildAsync(CancellationToken.None);
        while (!state.Building && !rebuild.IsCompleted)
        {
            await Task.Delay(20);
        }
        using (var bar = new ProgressBar(output, Math.Max(1, state.BuildTotal), "products"))
        {
            while (await Task.WhenAny(rebuild, Task.Delay(200)) != rebuild)
            {
                bar.Update(state.BuildDone);
            }
            await rebuild;
            bar.Complete(state.BuildDone);
        }
        var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        var index = state.Current!;
        var bytes = Directory.EnumerateFiles(index.Path).Sum(f => new FileInfo(f).Length);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {index.DocumentCount:N0} products in {seconds:F1} s ({index.DocumentCount / Math.Max(seconds, 0.001):N0}/s); index {bytes / 1048576.0:F1} MiB in {index.Path}."));
        state.Dispose();
        return 0;
    }
}
