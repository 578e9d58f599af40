using Winkel.Search.Querying;

namespace Winkel.Search.Tests.Querying;

/// <summary>The 12-byte packing of a document's filter values gives back every value the catalog allows.</summary>
public sealed class DocumentValuesTests
{
    [Theory]
    [InlineData(1L, -1, -1, 0L, false, 0)]
    [InlineData(100_000_000L, 0, 0, 500L, true, 5)] // the catalog's highest price and rating
    [InlineData(1_299L, 8, 153, 460L, true, 4)] // 4.6 stars counts under 4
    [InlineData(2_500L, DocumentValues.MaxCategories - 1, int.MaxValue, 99L, false, 0)]
    public void Packing_KeepsEveryValue(long cents, int category, int brand, long rating, bool inStock, int stars)
    {
        var values = new DocumentValues(cents, category, brand, rating, inStock);

        Assert.Equal(cents, values.PriceCents);
        Assert.Equal(category, values.CategoryOrd);
        Assert.Equal(brand, values.BrandOrd);
        Assert.Equal(rating, values.RatingHundredths);
        Assert.Equal(inStock, values.InStock);
        Assert.Equal(stars, values.Stars);
    }

    [Fact]
    public void Packing_TakesTwelveBytes() => Assert.Equal(12, System.Runtime.CompilerServices.Unsafe.SizeOf<DocumentValues>());
}
