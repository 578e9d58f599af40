// The search engine in-process, without HTTP: opens a built index read-only and runs the benchmark's
// search URLs through SearchEngine.Run on one thread, beside Lucene counting the same text queries'
// matches (TotalHitCountCollector) as the baseline, in alternating rounds. The difference between the
// two is what the filters, facets and top hits cost on top of matching the words.
//
//   dotnet run -c Release --project bench/SearchEngineBench -- INDEX_DIR PATHS_FILE [ROUNDS]
//
// Prints what each round allocated per query (garbage a server collects under load) and ends with
// the engine's ten slowest queries of the last round: where the p99 comes from.
using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.AspNetCore.WebUtilities;
using Winkel.Search;
using Winkel.Search.Analysis;
using Winkel.Search.Querying;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SearchEngineBench INDEX_DIR PATHS_FILE [ROUNDS]");
    return 2;
}
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var options = new SearchOptions();
var paths = File.ReadAllLines(args[1]).Where(line => line.Length > 0).ToList();
var queries = paths.Select(Parse).ToList();
var lastLatencies = new double[queries.Count];
var builder = new TextQueryBuilder(ProductAnalyzers.Query(), new CompoundSplitter(options.CompoundParts), new Synonyms(options.EffectiveSynonyms));
var engine = new SearchEngine(builder, options.EffectivePriceBuckets, options.MaxBrandFacets);

using var directory = FSDirectory.Open(args[0]);
using var reader = DirectoryReader.Open(directory);
var searcher = new IndexSearcher(reader);
Console.WriteLine($"{reader.NumDocs:N0} documents in {reader.Leaves.Count} segments, {queries.Count:N0} queries, {rounds} rounds");

long hits = 0;
Run("warm-up", query => hits += engine.Run(searcher, query).Total);
var results = new Dictionary<string, List<Pass>> { ["count"] = [], ["engine"] = [] };
for (var round = 0; round < rounds; round++)
{
    results["count"].Add(Run("count", query =>
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(builder.Build(query.Text, reader) ?? new MatchAllDocsQuery(), counter);
        hits += counter.TotalHits;
    }));
    results["engine"].Add(Run("engine", query => hits += engine.Run(searcher, query).Total));
}
foreach (var (name, passes) in results)
{
    Console.WriteLine($"median of {rounds}, {name}: p50 {Median(passes, p => p.P50):F2} ms, p99 {Median(passes, p => p.P99):F2} ms, CPU {Median(passes, p => p.CpuMicroseconds):F0} µs/query");
}
Console.WriteLine($"(checksum {hits})");
Console.WriteLine("slowest in the engine's last round:");
foreach (var i in Enumerable.Range(0, queries.Count).OrderByDescending(i => lastLatencies[i]).Take(10))
{
    Console.WriteLine($"  {lastLatencies[i],6:F2} ms  {paths[i]}");
}
return 0;

Pass Run(string name, Action<SearchQuery> search)
{
    var latencies = new double[queries.Count];
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var gcs = GC.CollectionCount(0);
    for (var i = 0; i < queries.Count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        search(queries[i]);
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
    var cpuMicroseconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / queries.Count;
    var allocatedKiB = (GC.GetAllocatedBytesForCurrentThread() - allocated) / queries.Count / 1024.0;
    latencies.CopyTo(lastLatencies, 0);
    Array.Sort(latencies);
    var pass = new Pass(latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.99)], cpuMicroseconds);
    Console.WriteLine($"{name,-8} p50 {pass.P50:F2} ms, p99 {pass.P99:F2} ms, CPU {pass.CpuMicroseconds:F0} µs/query, {allocatedKiB:F0} KiB allocated/query, {GC.CollectionCount(0) - gcs} gen0 GCs");
    return pass;
}

static double Median(List<Pass> passes, Func<Pass, double> value)
{
    var sorted = passes.Select(value).Order().ToList();
    return sorted[sorted.Count / 2];
}

static SearchQuery Parse(string path)
{
    var parameters = QueryHelpers.ParseQuery(new Uri("http://x" + path).Query);
    string? One(string key) => parameters.TryGetValue(key, out var value) ? value.ToString() : null;
    decimal? Decimal(string key) => One(key) is { } value ? decimal.Parse(value, CultureInfo.InvariantCulture) : null;
    return new SearchQuery
    {
        Text = One("q") ?? "",
        Category = One("category"),
        Brands = parameters.TryGetValue("brand", out var brands) ? [.. brands.Select(b => b ?? "")] : [],
        MinPrice = Decimal("minPrice"),
        MaxPrice = Decimal("maxPrice"),
        MinRating = Decimal("minRating"),
        InStockOnly = One("inStock") == "true",
        Sort = SearchSorts.Parse(One("sort")) ?? SearchSort.Relevance,
        PageSize = One("pageSize") is { } size ? int.Parse(size, CultureInfo.InvariantCulture) : 24,
    };
}

internal readonly record struct Pass(double P50, double P99, double CpuMicroseconds);
