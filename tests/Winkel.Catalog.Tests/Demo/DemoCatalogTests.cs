using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Winkel.Catalog.Demo;
using Winkel.Catalog.Products;
using Winkel.Core;

namespace Winkel.Catalog.Tests.Demo;

public class DemoCatalogTests
{
    private const long Timestamp = 1_767_225_600;

    [Fact]
    public void Generate_IsDeterministic_ForTheSameSeed()
    {
        var first = DemoCatalog.Generate(500, Timestamp).Select(ToJson).ToList();
        var second = DemoCatalog.Generate(500, Timestamp).Select(ToJson).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_GivesAnotherCatalog_ForAnotherSeed()
    {
        var first = DemoCatalog.Generate(100, Timestamp, seed: 1).Select(ToJson);
        var second = DemoCatalog.Generate(100, Timestamp, seed: 2).Select(ToJson);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generate_MatchesThePinnedCatalog_OnEveryMachine()
    {
        const string Pinned = "73C486D6C7D667E716D47F2946BE019E73ACE9BBFBA84F1ED4DC2F9465EDBEE4";
        var text = string.Join('\n', DemoCatalog.Generate(1_000, Timestamp).Select(Fingerprint));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        Assert.True(hash == Pinned, $"The demo catalog changed. If you changed the demo data on purpose, pin {hash}.");
    }

    [Fact]
    public void Generate_ProductDoesNotDependOnCount()
    {
        var fromSmall = DemoCatalog.Generate(17, Timestamp).Last();
        var fromLarge = DemoCatalog.Generate(5_000, Timestamp).ElementAt(16);
        var alone = DemoCatalog.Create(17, Timestamp);

        Assert.Equal("p-00000017", fromSmall.ProductId);
        Assert.Equal(ToJson(fromSmall), ToJson(fromLarge));
        Assert.Equal(ToJson(fromSmall), ToJson(alone));
    }

    [Fact]
    public void Generate_SetsTimestampsAndCurrency()
    {
        Assert.All(DemoCatalog.Generate(200, Timestamp), product =>
        {
            Assert.Equal(Timestamp, product.CreatedAt);
            Assert.Equal(Timestamp, product.UpdatedAt);
            Assert.Equal("EUR", product.Currency);
        });
    }

    [Fact]
    public void Generate_CoversEightCategories_WithSeveralSubcategoriesEach()
    {
        var categories = DemoCatalog.Generate(2_000, Timestamp)
            .GroupBy(p => p.Category)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Subcategory).Distinct().Count());

        Assert.True(categories.Count >= 8, $"Only {categories.Count} categories: {string.Join(", ", categories.Keys)}");
        Assert.All(categories, c => Assert.True(c.Value >= 2, $"{c.Key} has {c.Value} subcategories."));
        Assert.Contains("food-drinks", categories.Keys);
        Assert.Contains("sports-outdoors", categories.Keys);
    }

    [Fact]
    public void Generate_WritesProductsThatPassTheProductReader()
    {
        foreach (var product in DemoCatalog.Generate(5_000, Timestamp))
        {
            var json = ToJson(product);
            using var document = JsonDocument.Parse(json);
            var errors = new FieldErrors();

            var read = ProductReader.ReadProduct(document.RootElement, errors);

            Assert.True(errors.IsEmpty, $"{product.ProductId} fails validation: "
                + string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")) + $"\n{json}");
            Assert.NotNull(read);
            Assert.Equal(product.Name, read.Name);
            Assert.Equal(product.Price, read.Price);
            Assert.Equal(product.Rating, read.Rating);
            Assert.Equal(product.VatRate, read.VatRate);
            Assert.Equal(product.Attributes, read.Attributes);
            Assert.Equal(product.Tags, read.Tags);
        }
    }

    [Fact]
    public void Generate_StaysWithinTheHouseLimits()
    {
        Assert.All(DemoCatalog.Generate(5_000, Timestamp), product =>
        {
            Assert.InRange(product.Price, 0.49m, 5_000m);
            Assert.InRange(product.Stock, 0, 250);
            Assert.InRange(product.Rating, 1.0m, 5.0m);
            Assert.Equal(product.Rating, decimal.Round(product.Rating, 1));
            Assert.InRange(product.ReviewCount, 0, 5_000);
            Assert.InRange(product.Tags.Count, 3, 6);
            Assert.Equal(product.Tags.Count, product.Tags.Distinct().Count());
            Assert.InRange(product.Images.Count, 2, 4);
            Assert.All(product.Images, image => Assert.StartsWith($"/media/products/{product.ProductId}/", image));
            Assert.InRange(product.Seo.Title.Length, 1, 70);
            Assert.InRange(product.Seo.Description.Length, 1, 160);
            Assert.NotEmpty(product.Seo.Keywords);
            Assert.DoesNotContain("{", product.Name + product.Description, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", product.Name + product.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Generate_GivesUniqueIdsThatSortInOrder()
    {
        var ids = DemoCatalog.Generate(20_000, Timestamp).Select(p => p.ProductId).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_HasProductsInAndOutOfStock()
    {
        var products = DemoCatalog.Generate(10_000, Timestamp).ToList();
        var outOfStock = products.Count(p => !p.InStock);

        Assert.InRange(outOfStock, 500, 1_100);
        Assert.Contains(products, p => p.Stock > 100);
    }

    [Fact]
    public void Generate_UsesReducedVat_ForBooksAndFoodOnly()
    {
        Assert.All(DemoCatalog.Generate(3_000, Timestamp), product =>
            Assert.Equal(product.Category is "books" or "food-drinks" ? VatRate.Reduced : VatRate.Standard, product.VatRate));
    }

    [Fact]
    public void Generate_SkewsRatingsTowardsGood()
    {
        var ratings = DemoCatalog.Generate(5_000, Timestamp).Select(p => p.Rating).ToList();

        Assert.InRange(ratings.Count(r => r is >= 3.8m and <= 4.7m), 3_750, 5_000);
        Assert.Contains(ratings, r => r < 3m);
    }

    [Fact]
    public void Generate_RejectsANegativeCount()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoCatalog.Generate(-1, Timestamp));
        Assert.Empty(DemoCatalog.Generate(0, Timestamp));
    }

    // Built by hand rather than from JSON, so that a change in the JSON writer's escaping cannot move the pin.
    private static string Fingerprint(Product p) => string.Join('|',
        p.ProductId, p.Category, p.Subcategory, p.Brand, p.Name, p.Description,
        p.Price.ToString(CultureInfo.InvariantCulture), p.Currency, p.Stock, p.Warehouse,
        string.Join(',', p.Attributes.Select(a => $"{a.Key}={a.Value}")), string.Join(',', p.Images),
        p.Rating.ToString(CultureInfo.InvariantCulture), p.ReviewCount, string.Join(',', p.Tags),
        p.Seo.Title, p.Seo.Description, string.Join(',', p.Seo.Keywords), p.VatRate);

    internal static string ToJson(Product product)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ProductJsonLines.Write(writer, product);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
