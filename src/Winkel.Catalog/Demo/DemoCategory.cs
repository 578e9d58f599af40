using Winkel.Core;

namespace Winkel.Catalog.Demo;

/// <summary>A top-level category of the demo catalog; <see cref="Intros"/> open every description in it.</summary>
internal sealed class DemoCategory
{
    public required string Slug { get; init; }
    public VatRate VatRate { get; init; } = VatRate.Standard;
    public required string[] Intros { get; init; }
    public required DemoSubcategory[] Subcategories { get; init; }
}
