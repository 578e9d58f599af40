namespace Winkel.Catalog.Demo;

/// <summary>
/// A brand with its model lines. <paramref name="code"/> is a model-number pattern (<c>#</c> a digit,
/// <c>@</c> a capital letter). A line is <c>Name|Spec|Spec</c> and a brand's <paramref name="pins"/> are
/// specs: both replace the subcategory's choices for that attribute (or add one, or remove it when
/// empty); the spec <c>Price=min;max</c> narrows the price range.
/// </summary>
internal sealed class DemoBrand(string name, string code, string[] lines, params string[] pins)
{
    public string Name { get; } = name;
    public string Code { get; } = code;
    public string[] Lines { get; } = lines;
    public string[] Pins { get; } = pins;
}
