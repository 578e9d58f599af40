namespace Winkel.Catalog.Demo;

/// <summary>The choices drawn for the product being built; one instance is reused for a whole run.</summary>
internal sealed class DemoDraw
{
    public const int MaxAttributes = 24;

    public string Code { get; set; } = "";
    public string[] Values { get; } = new string[MaxAttributes];
    public int[] Choices { get; } = new int[MaxAttributes];
}
