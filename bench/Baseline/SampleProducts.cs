using System.Globalization;

namespace Winkel.Bench.Baseline;

/// <summary>Same fields and roughly the same sizes as the store's product document.</summary>
internal sealed record SampleProduct(
    string ProductId,
    string Category,
    string Subcategory,
    string Brand,
    string Name,
    string Description,
    decimal Price,
    string Currency,
    int Stock,
    string Warehouse,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> Images,
    decimal Rating,
    int ReviewCount,
    IReadOnlyList<string> Tags,
    bool InStock,
    SampleSeo Seo,
    string VatRate,
    long CreatedAt,
    long UpdatedAt);

internal sealed record SampleSeo(string Title, string Description, IReadOnlyList<string> Keywords);

internal sealed record SampleListResponse(IReadOnlyList<SampleProduct> Items, string? NextCursor);

internal static class SampleProducts
{
    private const long Timestamp = 1_795_000_000;

    private static readonly string[] Keywords = ["koptelefoon", "draadloos", "noise cancelling", "bluetooth"];
    private static readonly string[] Tags = ["bestseller", "nieuw", "gratis-bezorging"];

    public static SampleProduct Create(int number)
    {
        var productId = string.Create(CultureInfo.InvariantCulture, $"P{number:D7}");
        var price = new decimal(24_999 + number % 1000 * 100, 0, 0, false, 2);
        return new SampleProduct(
            productId,
            "Electronics",
            "Headphones",
            "Sonara",
            "Sonara Aura 300 wireless over-ear headphones, matte black",
            "Comfortable over-ear headphones with active noise cancelling and up to 40 hours of battery life. "
                + "Soft memory-foam cushions and a light frame make long listening sessions easy. "
                + "Free delivery in the Netherlands and Belgium on orders over €20.",
            price,
            "EUR",
            number % 250,
            "AMS-1",
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["colour"] = "matte black",
                ["connectivity"] = "Bluetooth 5.3",
                ["battery"] = "40 h",
                ["weight"] = "254 g",
            },
            [
                string.Concat("/media/products/", productId, "/1.jpg"),
                string.Concat("/media/products/", productId, "/2.jpg"),
                string.Concat("/media/products/", productId, "/3.jpg"),
            ],
            4.4m,
            1_287,
            Tags,
            number % 250 > 0,
            new SampleSeo(
                "Sonara Aura 300 wireless headphones | Winkel",
                string.Create(CultureInfo.InvariantCulture, $"Buy the Sonara Aura 300 for €{price}. Ordered today, delivered tomorrow."),
                Keywords),
            "standard",
            Timestamp,
            Timestamp);
    }

    public static SampleListResponse Page(int first, int count)
    {
        var items = new SampleProduct[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = Create(first + i);
        }
        return new SampleListResponse(items, "eyJwIjoyNDk5OSwiaWQiOiJQMDAwMDAyNCJ9");
    }
}
