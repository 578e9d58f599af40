using System.Globalization;
using Winkel.Core;

namespace Winkel.Catalog.Storage;

/// <summary>
/// The opaque <c>cursor</c> of a product listing: the index key of the last item served, bound to the
/// listing's category and direction so that it cannot be replayed against another listing.
/// </summary>
public static class ProductCursor
{
    public static string Encode(ProductKey key, string? category, bool descending) =>
        OpaqueToken.Encode(string.Create(CultureInfo.InvariantCulture,
            $"{(descending ? 'd' : 'a')}:{Money.ToCents(key.Price)}:{key.ProductId}:{category}"));

    public static bool TryDecode(string cursor, string? category, bool descending, out ProductKey key)
    {
        key = default;
        if (!OpaqueToken.TryDecode(cursor, out var text))
        {
            return false;
        }
        var parts = text.Split(':', 4);
        if (parts.Length != 4
            || parts[0] != (descending ? "d" : "a")
            || parts[3] != (category ?? "")
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var cents)
            || !Products.ProductReader.IsValidProductId(parts[2]))
        {
            return false;
        }
        key = new ProductKey(Money.FromCents(cents), parts[2]);
        return true;
    }
}
