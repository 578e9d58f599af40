namespace Winkel.Search.Querying;

/// <summary>
/// A segment's documents ordered by category and then price: the category/price index a browse
/// (a query without words) uses. A category page's matches are then one contiguous run of the
/// order, and the category facet's counts for the other categories are each a price range found by
/// binary search, with the in-stock documents in it counted from a running total. Without it a
/// browse visited every document of the catalog, ten times the work of a text query, to count
/// mostly the categories the shopper is not looking at. Deleted documents are included; the caller
/// takes them off.
/// </summary>
internal sealed class CategoryPriceOrder
{
    // Category ord c's documents are at _start[c + 1] up to _start[c + 2]; those without one come first.
    private readonly int[] _start;

    public CategoryPriceOrder(DocumentValues[] docs, int categoryCount)
    {
        Docs = new int[docs.Length];
        var keys = new long[docs.Length];
        for (var doc = 0; doc < docs.Length; doc++)
        {
            Docs[doc] = doc;
            keys[doc] = ((long)(docs[doc].CategoryOrd + 1) << 32) | docs[doc].PriceCents;
        }
        Array.Sort(keys, Docs);

        Prices = new int[docs.Length];
        InStockBefore = new int[docs.Length + 1];
        _start = new int[categoryCount + 3];
        for (var i = 0; i < Docs.Length; i++)
        {
            ref readonly var values = ref docs[Docs[i]];
            Prices[i] = (int)values.PriceCents;
            InStockBefore[i + 1] = InStockBefore[i] + (values.InStock ? 1 : 0);
            _start[values.CategoryOrd + 2]++;
        }
        for (var slot = 1; slot < _start.Length; slot++)
        {
            _start[slot] += _start[slot - 1];
        }
    }

    /// <summary>The documents, by category ord (none first), then by price.</summary>
    public int[] Docs { get; }

    /// <summary>The price in cents of the document at the same place in <see cref="Docs"/>.</summary>
    public int[] Prices { get; }

    /// <summary>How many of the documents before a place in <see cref="Docs"/> are in stock.</summary>
    public int[] InStockBefore { get; }

    /// <summary>Where category <paramref name="categoryOrd"/>'s documents are in <see cref="Docs"/>.</summary>
    public Range Category(int categoryOrd) => _start[categoryOrd + 1].._start[categoryOrd + 2];

    /// <summary>Where the documents of a category priced from <paramref name="minCents"/> to <paramref name="maxCents"/> are.</summary>
    public Range Priced(int categoryOrd, long minCents, long maxCents)
    {
        var (from, to) = (_start[categoryOrd + 1], _start[categoryOrd + 2]);
        return FirstAtLeast(from, to, minCents)..FirstAtLeast(from, to, maxCents == long.MaxValue ? long.MaxValue : maxCents + 1);
    }

    private int FirstAtLeast(int from, int to, long cents)
    {
        while (from < to)
        {
            var middle = (from + to) >>> 1;
            if (Prices[middle] < cents)
            {
                from = middle + 1;
            }
            else
            {
                to = middle;
            }
        }
        return from;
    }
}
