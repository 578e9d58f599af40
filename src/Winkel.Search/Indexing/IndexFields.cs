namespace Winkel.Search.Indexing;

/// <summary>Field names of the search index.</summary>
internal static class IndexFields
{
    /// <summary>The product id: indexed as one term (for updates and deletes) and stored.</summary>
    public const string Id = "id";

    /// <summary>The product id as a doc value: a page's ids are read without decompressing stored fields.</summary>
    public const string IdValue = "id_dv";

    /// <summary>Analysed text, searched with these boosts.</summary>
    public const string Name = "name";
    public const string Brand = "brand";
    public const string Text = "text";

    /// <summary>Name and brand words as typed, for suggestions.</summary>
    public const string Words = "words";

    /// <summary>Doc values for filters, facets and sorts; prices in cents, ratings in hundredths.</summary>
    public const string CategoryValue = "category_dv";
    public const string BrandValue = "brand_dv";
    public const string PriceCents = "price_dv";
    public const string RatingHundredths = "rating_dv";
    public const string Stock = "stock_dv";
    public const string CreatedAt = "created_dv";

    public const float NameBoost = 3f;
    public const float BrandBoost = 2f;
    public const float TextBoost = 1f;

    public static long Cents(decimal price) => (long)decimal.Round(price * 100m, MidpointRounding.ToEven);
}
