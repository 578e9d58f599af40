using System.Globalization;
using Winkel.Catalog;
using Winkel.Catalog.Demo;
using Winkel.Catalog.Import;
using Winkel.Server.Platform;
using Winkel.Storage.DynamoDb;

namespace Winkel.Server.Cli;

/// <summary>
/// Verbs on the same host binary: <c>generate --products N --out FILE [--seed S]</c> writes a deterministic
/// catalog as JSON Lines; <c>import FILE</c> loads JSON Lines into the configured store with a progress bar;
/// <c>reindex</c> rebuilds the search index.
/// Settings come from the same places as for the server (appsettings, environment, <c>--Winkel:DataDir=...</c>).
/// </summary>
internal static class CommandLine
{
    private static readonly string[] Verbs = ["generate", "import", "reindex", "tables", "help", "--help", "-h"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        try
        {
            return args[0] switch
            {
                "generate" => await GenerateAsync(args[1..], output),
                "import" => await ImportAsync(args[1..], output),
                "reindex" => await ReindexCommand.RunAsync(args[1..], output),
                "tables" => await TablesAsync(args[1..], output),
                _ => Help(output),
            };
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            Help(Console.Error);
            return 2;
        }
    }

    private static async Task<int> GenerateAsync(string[] args, TextWriter output)
    {
        var count = IntOption(args, "--products") ?? throw new UsageException("generate needs --products N.");
        var path = Option(args, "--out") ?? throw new UsageException("generate needs --out FILE.");
        var seed = IntOption(args, "--seed") ?? 2026;
        if (count < 1)
        {
            throw new UsageException("--products must be at least 1.");
        }
        var started = TimeProvider.System.GetTimestamp();
        using var bar = new ProgressBar(output, count, "products");
        var written = await ProductJsonLines.WriteFileAsync(path, DemoCatalog.Generate(count, TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(), seed),
            new InlineProgress<long>(bar.Update), CancellationToken.None);
        bar.Complete(written);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {written:N0} products to {Path.GetFullPath(path)} in {elapsed.TotalSeconds:F1} s."));
        return 0;
    }

    private static async Task<int> ImportAsync(string[] args, TextWriter output)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
            ?? throw new UsageException("import needs a FILE of JSON Lines.");
        if (!File.Exists(path))
        {
            throw new UsageException($"There is no file {path}.");
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args.Where(a => a != path).ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddStorage();
        builder.AddCatalog();
        await using var app = builder.Build();
        var importer = app.Services.GetRequiredService<ProductImporter>();

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var started = TimeProvider.System.GetTimestamp();
        ImportReport report;
        using (var bar = new ProgressBar(output, file.Length, "bytes"))
        {
            report = await importer.ImportAsync(file, new InlineProgress<ImportProgress>(p => bar.Update(p.Bytes)), CancellationToken.None);
            bar.Complete(file.Length);
        }
        var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Imported {report.Imported:N0} products in {seconds:F1} s ({report.Imported / Math.Max(seconds, 0.001):N0}/s); {report.FailedCount:N0} lines failed."));
        foreach (var failure in report.Failed.Take(20))
        {
            var errors = string.Join("; ", failure.Errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"));
            await output.WriteLineAsync($"  line {failure.Line}: {errors}");
        }
        return report.FailedCount == 0 ? 0 : 1;
    }

    /// <summary><c>tables create</c>: creates the DynamoDB tables that are missing, from the same definitions the CDK app uses.</summary>
    private static async Task<int> TablesAsync(string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0] != "create")
        {
            throw new UsageException("tables needs the action create.");
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args[1..], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddDynamoDbStorage();
        await using var app = builder.Build();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DynamoDbOptions>>().Value;
        var created = await app.Services.CreateTablesAsync(CancellationToken.None);
        var where = string.IsNullOrEmpty(options.ServiceUrl) ? $"AWS {options.Region}" : options.ServiceUrl;
        await output.WriteLineAsync(created.Count == 0
            ? $"Every table with prefix '{options.TablePrefix}' already exists at {where}."
            : $"Created {created.Count} tables at {where}: {string.Join(", ", created)}.");
        return 0;
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine("""
            Winkel — run the store, or use a verb:

              Winkel.Server                                   serve the store (http://localhost:8080)
              Winkel.Server generate --products N --out FILE [--seed S]
                                                              write N deterministic demo products as JSON Lines
              Winkel.Server import FILE [--Winkel:DataDir=DIR]
                                                              load JSON Lines into the configured store
              Winkel.Server reindex [--Winkel:DataDir=DIR]
                                                              rebuild the search index from the catalog (store stopped;
                                                              a running store: POST /api/admin/search/reindex)
              Winkel.Server tables create [--Winkel:DynamoDb:ServiceUrl=URL] [--Winkel:DynamoDb:TablePrefix=P]
                                                              create the DynamoDB tables that are missing
            """);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int? IntOption(string[] args, string name) => Option(args, name) is { } value
        ? int.TryParse(value.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new UsageException($"{name} must be a whole number.")
        : null;

    internal sealed class UsageException(string message) : Exception(message);
}
