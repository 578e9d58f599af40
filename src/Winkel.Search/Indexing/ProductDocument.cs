using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Winkel.Catalog.Products;

namespace Winkel.Search.Indexing;

/// <summary>
/// Turns a product into an index document. One instance per indexing thread: fields are reused, as
/// Lucene recommends for bulk indexing. Text fields keep frequencies but no positions (no phrase
/// queries are made), which keeps the index small and indexing fast.
/// </summary>
internal sealed class ProductDocument
{
    private static readonly FieldType TextType = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    private static readonly FieldType WordsType = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private readonly StringField _id = new(IndexFields.Id, "", Field.Store.YES);
    private readonly BinaryDocValuesField _idValue = new(IndexFields.IdValue, new BytesRef());
    private readonly Field _name = new(IndexFields.Name, "", TextType);
    private readonly Field _brand = new(IndexFields.Brand, "", TextType);
    private readonly Field _text = new(IndexFields.Text, "", TextType);
    private readonly Field _words = new(IndexFields.Words, "", WordsType);
    private readonly SortedDocValuesField _category = new(IndexFields.CategoryValue, new BytesRef());
    private readonly SortedDocValuesField _brandValue = new(IndexFields.BrandValue, new BytesRef());
    private readonly NumericDocValuesField _price = new(IndexFields.PriceCents, 0);
    private readonly NumericDocValuesField _rating = new(IndexFields.RatingHundredths, 0);
    private readonly NumericDocValuesField _stock = new(IndexFields.Stock, 0);
    private readonly NumericDocValuesField _created = new(IndexFields.CreatedAt, 0);
    private readonly StringBuilder _builder = new(1024);

    public ProductDocument()
    {
        Document = [_id, _idValue, _name, _brand, _text, _words, _category, _brandValue, _price, _rating, _stock, _created];
    }

    public Document Document { get; }

    public static Term IdTerm(string productId) => new(IndexFields.Id, productId);

    public Document Fill(Product product)
    {
        _id.SetStringValue(product.ProductId);
        _idValue.SetBytesValue(new BytesRef(product.ProductId));
        _name.SetStringValue(product.Name);
        _brand.SetStringValue(product.Brand);
        _words.SetStringValue(product.Brand + " " + product.Name);
        _text.SetStringValue(Text(product));
        _category.SetBytesValue(new BytesRef(product.Category));
        _brandValue.SetBytesValue(new BytesRef(product.Brand));
        _price.SetInt64Value(IndexFields.Cents(product.Price));
        _rating.SetInt64Value(IndexFields.Cents(product.Rating));
        _stock.SetInt64Value(product.Stock);
        _created.SetInt64Value(product.CreatedAt);
        return Document;
    }

    private string Text(Product product)
    {
        var b = _builder.Clear();
        b.Append(product.Category).Append(" \n ").Append(product.Subcategory).Append(" \n ").Append(product.Description);
        foreach (var tag in product.Tags)
        {
            b.Append(" \n ").Append(tag);
        }
        foreach (var value in product.Attributes.Values)
        {
            b.Append(" \n ").Append(value);
        }
        foreach (var keyword in product.Seo.Keywords)
        {
            b.Append(" \n ").Append(keyword);
        }
        return b.ToString();
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
