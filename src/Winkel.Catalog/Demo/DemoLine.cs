using System.Globalization;
using System.Text;
using Winkel.Core;

namespace Winkel.Catalog.Demo;

/// <summary>One brand's model line in one subcategory, with its specs resolved and templates parsed.</summary>
internal sealed class DemoLine
{
    public required string Category { get; init; }
    public required string Subcategory { get; init; }
    public required VatRate VatRate { get; init; }
    public required string Brand { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Code { get; init; }
    public required string Noun { get; init; }
    public required string NounLower { get; init; }
    public required string NounPhrase { get; init; }
    public required long MinCents { get; init; }
    public required long MaxCents { get; init; }
    public required string[] AttributeNames { get; init; }
    public required string[][] Values { get; init; }
    public required string[][] LowerValues { get; init; }
    public required bool[] IsPattern { get; init; }
    public required DemoTemplate NameTemplate { get; init; }
    public required DemoTemplate[] Intros { get; init; }
    public required DemoTemplate[] Sentences { get; init; }
    public required string[] FixedTags { get; init; }
    public required string[] TagPool { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }

    public static DemoLine Compile(DemoCategory category, DemoSubcategory subcategory, DemoBrand brand, string lineSpec)
    {
        var parts = lineSpec.Split('|');
        var lineName = parts[0];
        var names = new List<string>();
        var values = new List<string[]>();
        var price = (Min: subcategory.MinPrice, Max: subcategory.MaxPrice);
        foreach (var spec in subcategory.Attributes.Concat(brand.Pins).Concat(parts.Skip(1)))
        {
            var equals = spec.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"Demo spec '{spec}' of {brand.Name} {lineName} needs the form Name=value;value.");
            }
            var name = spec[..equals];
            var choices = equals == spec.Length - 1 ? [] : spec[(equals + 1)..].Split(';');
            if (name == "Price")
            {
                price = (decimal.Parse(choices[0], CultureInfo.InvariantCulture), decimal.Parse(choices[1], CultureInfo.InvariantCulture));
                continue;
            }
            var index = names.IndexOf(name);
            if (index >= 0 && choices.Length == 0)
            {
                names.RemoveAt(index);
                values.RemoveAt(index);
            }
            else if (index >= 0)
            {
                values[index] = choices;
            }
            else if (choices.Length > 0)
            {
                names.Add(name);
                values.Add(choices);
            }
        }
        if (names.Count > DemoDraw.MaxAttributes)
        {
            throw new InvalidOperationException($"{brand.Name} {lineName} has more than {DemoDraw.MaxAttributes} attributes.");
        }

        var brandSlug = Slug(brand.Name);
        var nounLower = subcategory.NounLower ?? subcategory.Noun.ToLowerInvariant();
        // Books are named by title, so "Bestel de {publisher} {title}" would read oddly.
        var shortName = subcategory.NameTemplates[0].StartsWith("{brand}", StringComparison.Ordinal) ? $"{brand.Name} {lineName}" : lineName;
        string[] fixedTags = [category.Slug, subcategory.Slug, brandSlug];
        return new DemoLine
        {
            Category = category.Slug,
            Subcategory = subcategory.Slug,
            VatRate = category.VatRate,
            Brand = brand.Name,
            Name = lineName,
            ShortName = shortName,
            Code = brand.Code,
            Noun = subcategory.Noun,
            NounLower = nounLower,
            NounPhrase = subcategory.NounPhrase ?? ("aeiou".Contains(nounLower[0], StringComparison.Ordinal) ? "an " : "a ") + nounLower,
            MinCents = (long)(price.Min * 100),
            MaxCents = (long)(price.Max * 100),
            AttributeNames = [.. names],
            Values = [.. values],
            LowerValues = [.. values.Select(v => Array.ConvertAll(v, s => s.ToLowerInvariant()))],
            IsPattern = [.. values.Select(v => v.Any(s => s.Contains('#', StringComparison.Ordinal)))],
            NameTemplate = subcategory.NameTemplates.Select(t => DemoTemplate.TryCompile(t, names, brand.Code.Length > 0)).FirstOrDefault(t => t is not null)
                ?? throw new InvalidOperationException($"No name template of {subcategory.Slug} fits {shortName}."),
            Intros = CompileAll(category.Intros, names, brand.Code.Length > 0, shortName),
            Sentences = CompileAll(subcategory.Sentences, names, brand.Code.Length > 0, shortName),
            FixedTags = fixedTags,
            TagPool = [.. subcategory.Tags.Except(fixedTags, StringComparer.Ordinal)],
            Keywords = Array.AsReadOnly(new[]
            {
                brand.Name.ToLowerInvariant(), shortName.ToLowerInvariant(), nounLower,
                subcategory.Slug.Replace('-', ' '), nounLower + " kopen",
            }.Distinct(StringComparer.Ordinal).ToArray()),
        };
    }

    private static DemoTemplate[] CompileAll(string[] templates, List<string> names, bool hasCode, string shortName)
    {
        DemoTemplate[] compiled = [.. templates.Select(t => DemoTemplate.TryCompile(t, names, hasCode)).OfType<DemoTemplate>()];
        return compiled.Length > 0 ? compiled : throw new InvalidOperationException($"No sentence template fits {shortName}.");
    }

    /// <summary>"Tony's Chocolonely" becomes "tonys-chocolonely", "Côte d'Or" becomes "cote-dor".</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if ((c is ' ' or '-' or '+' or '&' or '.' or '/' or '|') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }
}
