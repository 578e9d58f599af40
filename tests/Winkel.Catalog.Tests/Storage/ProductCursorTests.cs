using Winkel.Catalog.Storage;
using Winkel.Core;

namespace Winkel.Catalog.Tests.Storage;

public sealed class ProductCursorTests
{
    [Theory]
    [InlineData("0.01", "a", null, false)]
    [InlineData("1299.99", "p-00000017", "electronics", true)]
    [InlineData("1000000", "Z_9-x", "cat:with:colons", false)]
    public void Cursor_RoundTripsTheKey(string price, string id, string? category, bool descending)
    {
        var key = new ProductKey(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), id);

        Assert.True(ProductCursor.TryDecode(ProductCursor.Encode(key, category, descending), category, descending, out var decoded));
        Assert.Equal(key, decoded);
    }

    [Fact]
    public void Cursor_IsRejected_ByAnotherListing()
    {
        var cursor = ProductCursor.Encode(new ProductKey(5m, "p1"), "books", descending: false);

        Assert.False(ProductCursor.TryDecode(cursor, "toys", false, out _));
        Assert.False(ProductCursor.TryDecode(cursor, null, false, out _));
        Assert.False(ProductCursor.TryDecode(cursor, "books", true, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("123")]
    [InlineData("a:-1:p1:")]
    [InlineData("a:12:has space:")]
    [InlineData("x:12:p1:")]
    public void Cursor_IsRejected_WhenItWasNotMadeByEncode(string text)
    {
        var cursor = text.Length == 0 || text.Contains('!', StringComparison.Ordinal) ? text : OpaqueToken.Encode(text);

        Assert.False(ProductCursor.TryDecode(cursor, null, false, out _));
    }
}
