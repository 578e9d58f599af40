using System.Globalization;
using Winkel.Core;

namespace Winkel.Catalog.Storage;

/// <summary>The opaque <c>cursor</c> of a product listing: the index key of the last item served.</summary>
public static class ProductCursor
{
    public static string Encode(ProductKey key) =>
        OpaqueToken.Encode(string.Create(CultureInfo.InvariantCulture, $"{Money.ToCents(key.Price)}:{key.ProductId}"));

    public static bool TryDecode(string cursor, out ProductKey key)
    {
        key = default;
        if (!OpaqueToken.TryDecode(cursor, out var text))
        {
            return false;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0
            || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var cents)
            || !Products.ProductReader.IsValidProductId(text[(colon + 1)..]))
        {
            return false;
        }
        key = new ProductKey(Money.FromCents(cents), text[(colon + 1)..]);
        return true;
    }
}
