namespace Winkel.Catalog.Demo;

/// <summary>
/// Source data of one subcategory, written to be read by people. Specs are <c>Name=value;value</c>
/// (a repeated value is drawn more often; a value with <c>#</c> is a pattern of digits). Templates use
/// <c>{brand}</c>, <c>{line}</c>, <c>{Noun}</c>, <c>{noun}</c> (lower case), <c>{a noun}</c>, <c>{code}</c> and
/// <c>{Attribute}</c> or <c>{Attribute:lc}</c>; a sentence that names an attribute a line lacks is
/// left out for that line, and the first name template that fits a line (and its brand's code) is used.
/// </summary>
internal sealed class DemoSubcategory
{
    public required string Slug { get; init; }
    public required string Noun { get; init; }

    /// <summary>The noun inside a sentence; by default <see cref="Noun"/> in lower case.</summary>
    public string? NounLower { get; init; }

    /// <summary>The noun with its article, for <c>{a noun}</c>; by default "a" or "an" and <see cref="NounLower"/>.</summary>
    public string? NounPhrase { get; init; }
    public required decimal MinPrice { get; init; }
    public required decimal MaxPrice { get; init; }
    public string[] NameTemplates { get; init; } = ["{brand} {line} {Noun} {code}", "{brand} {line} {Noun}"];
    public required string[] Attributes { get; init; }
    public required DemoBrand[] Brands { get; init; }
    public required string[] Sentences { get; init; }
    public required string[] Tags { get; init; }
}
