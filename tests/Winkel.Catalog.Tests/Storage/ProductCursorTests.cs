using Winkel.Catalog.Storage;

namespace Winkel.Catalog.Tests.Storage;

public sealed class ProductCursorTests
{
    [Theory]
    [InlineData("0.01", "a")]
    [InlineData("1299.99", "p-00000017")]
    [InlineData("1000000", "Z_9-x")]
    public void Cursor_RoundTripsTheKey(string price, string id)
    {
        var key = new ProductKey(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), id);

        Assert.True(ProductCursor.TryDecode(ProductCursor.Encode(key), out var decoded));
        Assert.Equal(key, decoded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("MTIz")]
    [InlineData("LTE6YQ")]
    [InlineData("MTI6aGFzIHNwYWNl")]
    public void Cursor_IsRejected_WhenItWasNotMadeByEncode(string cursor) =>
        Assert.False(ProductCursor.TryDecode(cursor, out _));
}
