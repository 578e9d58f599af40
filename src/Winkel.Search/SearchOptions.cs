using System.ComponentModel.DataAnnotations;

namespace Winkel.Search;

/// <summary>Settings under <c>Winkel:Search</c>.</summary>
public sealed class SearchOptions : IValidatableObject
{
    public const string Section = "Winkel:Search";

    /// <summary>
    /// Groups of words that mean the same, one group a line with commas between words, e.g.
    /// <c>laptop, notebook</c>. A query word in a group also matches the group's other words. Applied at
    /// query time, so a change needs a restart but no reindex.
    /// </summary>
    public List<string> Synonyms { get; set; } = [];

    /// <summary>
    /// Parts of Dutch compound words (besides the built-in list), so that a product named
    /// "Sinterklaascadeau" is found by "cadeau". Applied when indexing: run <c>reindex</c> after a change.
    /// </summary>
    public List<string> CompoundParts { get; set; } = [];

    /// <summary>Readiness fails while the index is further behind the catalog than this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxReadyLag { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the index is committed to disk while changes come in (a crash replays from the last commit).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Lower edges of the price buckets in the price facet, in ascending order; the last bucket is open.</summary>
    public List<decimal> PriceBuckets { get; set; } = [];

    /// <summary>How many brands the brand facet lists (the most frequent first).</summary>
    [Range(1, 1000)]
    public int MaxBrandFacets { get; set; } = 50;

    /// <summary>How many results can be paged through (<c>page × pageSize</c>); deeper pages get 400.</summary>
    [Range(100, 100_000)]
    public int MaxResultWindow { get; set; } = 10_000;

    /// <summary>Memory the index writer buffers before it flushes a segment, in MiB.</summary>
    [Range(16, 2048)]
    public int IndexBufferMegabytes { get; set; } = 64;

    /// <summary>Threads that analyse products during a full build (0: one per processor, at most 4).</summary>
    [Range(0, 64)]
    public int BuildThreads { get; set; }

    /// <summary>How many distinct zero-result queries are remembered for the admin's "searches with no results".</summary>
    [Range(10, 100_000)]
    public int ZeroResultQueriesKept { get; set; } = 500;

    public static readonly decimal[] DefaultPriceBuckets = [0m, 10m, 25m, 50m, 100m, 250m, 500m, 1000m];

    public static readonly string[] DefaultSynonyms =
    [
        "laptop, notebook",
        "tv, televisie, television",
        "telefoon, phone, smartphone, mobiel",
        "koelkast, fridge, refrigerator",
        "fiets, bike, bicycle",
        "koptelefoon, headphones, hoofdtelefoon",
        "stofzuiger, vacuum",
        "cadeau, gift, present",
        "speelgoed, toys",
        "boek, book",
        "schoenen, shoes",
        "koffie, coffee",
        "thee, tea",
        "chocolade, chocolate",
    ];

    /// <summary>The price bucket edges in use: <see cref="PriceBuckets"/>, or the defaults when none are set.</summary>
    public IReadOnlyList<decimal> EffectivePriceBuckets => PriceBuckets.Count > 0 ? PriceBuckets : DefaultPriceBuckets;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < PriceBuckets.Count; i++)
        {
            if (PriceBuckets[i] < 0 || (i > 0 && PriceBuckets[i] <= PriceBuckets[i - 1]))
            {
                yield return new ValidationResult(
                    "Winkel:Search:PriceBuckets must be prices of 0 or more in ascending order.", [nameof(PriceBuckets)]);
                yield break;
            }
        }
    }

    /// <summary>The synonym groups in use: <see cref="Synonyms"/>, or the defaults when none are set.</summary>
    public IReadOnlyList<string> EffectiveSynonyms => Synonyms.Count > 0 ? Synonyms : DefaultSynonyms;
}

/// <summary>The data folder (<c>Winkel:DataDir</c>); the index lives in its <c>search</c> folder.</summary>
internal sealed class SearchDataOptions
{
    public const string Section = "Winkel";

    [Required(AllowEmptyStrings = false)]
    public string DataDir { get; set; } = "data";

    public string SearchDir => Path.GetFullPath(Path.Combine(DataDir, "search"));
}
