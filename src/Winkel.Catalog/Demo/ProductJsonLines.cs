using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Winkel.Catalog.Products;
using Winkel.Core;

namespace Winkel.Catalog.Demo;

/// <summary>
/// Writes products in the import format: one JSON object per line with only the fields a client may
/// send (no <c>inStock</c>, <c>createdAt</c> or <c>updatedAt</c>), so every line is a valid create body.
/// </summary>
public static class ProductJsonLines
{
    public const int ProgressInterval = 10_000;

    private const int FlushThreshold = 1 << 20;

    // A data file is never embedded in HTML, so "é", "€" and "'" can stay readable instead of \u escapes.
    private static readonly JsonWriterOptions FileOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonEncodedText ProductId = JsonEncodedText.Encode("productId");
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText Subcategory = JsonEncodedText.Encode("subcategory");
    private static readonly JsonEncodedText Brand = JsonEncodedText.Encode("brand");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Price = JsonEncodedText.Encode("price");
    private static readonly JsonEncodedText Currency = JsonEncodedText.Encode("currency");
    private static readonly JsonEncodedText Stock = JsonEncodedText.Encode("stock");
    private static readonly JsonEncodedText Warehouse = JsonEncodedText.Encode("warehouse");
    private static readonly JsonEncodedText Attributes = JsonEncodedText.Encode("attributes");
    private static readonly JsonEncodedText Images = JsonEncodedText.Encode("images");
    private static readonly JsonEncodedText Rating = JsonEncodedText.Encode("rating");
    private static readonly JsonEncodedText ReviewCount = JsonEncodedText.Encode("reviewCount");
    private static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");
    private static readonly JsonEncodedText Seo = JsonEncodedText.Encode("seo");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Keywords = JsonEncodedText.Encode("keywords");
    private static readonly JsonEncodedText VatRate = JsonEncodedText.Encode("vatRate");

    /// <summary>Writes one product as a JSON object (no line break).</summary>
    public static void Write(Utf8JsonWriter writer, Product product)
    {
        writer.WriteStartObject();
        writer.WriteString(ProductId, product.ProductId);
        writer.WriteString(Category, product.Category);
        writer.WriteString(Subcategory, product.Subcategory);
        writer.WriteString(Brand, product.Brand);
        writer.WriteString(Name, product.Name);
        writer.WriteString(Description, product.Description);
        writer.WriteNumber(Price, product.Price);
        writer.WriteString(Currency, product.Currency);
        writer.WriteNumber(Stock, product.Stock);
        writer.WriteString(Warehouse, product.Warehouse);
        writer.WriteStartObject(Attributes);
        if (product.Attributes is Dictionary<string, string> attributes)
        {
            foreach (var (key, value) in attributes)
            {
                writer.WriteString(key, value);
            }
        }
        else
        {
            foreach (var (key, value) in product.Attributes)
            {
                writer.WriteString(key, value);
            }
        }
        writer.WriteEndObject();
        WriteStrings(writer, Images, product.Images);
        writer.WriteNumber(Rating, product.Rating);
        writer.WriteNumber(ReviewCount, product.ReviewCount);
        WriteStrings(writer, Tags, product.Tags);
        writer.WriteStartObject(Seo);
        writer.WriteString(Title, product.Seo.Title);
        writer.WriteString(Description, product.Seo.Description);
        WriteStrings(writer, Keywords, product.Seo.Keywords);
        writer.WriteEndObject();
        writer.WriteString(VatRate, product.VatRate.ToWire());
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes JSON Lines (<c>\n</c> after every object) to <paramref name="path"/>, replacing the file;
    /// reports the running count every <see cref="ProgressInterval"/> products and at the end.
    /// </summary>
    public static async Task<long> WriteFileAsync(string path, IEnumerable<Product> products, IProgress<long>? progress, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold + (64 * 1024));
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: true);
        await using var writer = new Utf8JsonWriter(buffer, FileOptions);
        long count = 0;
        foreach (var product in products)
        {
            Write(writer, product);
            writer.Flush();
            writer.Reset();
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            count++;
            if (buffer.WrittenCount >= FlushThreshold)
            {
                await file.WriteAsync(buffer.WrittenMemory, ct);
                buffer.ResetWrittenCount();
            }
            if (count % ProgressInterval == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(count);
            }
        }
        if (buffer.WrittenCount > 0)
        {
            await file.WriteAsync(buffer.WrittenMemory, ct);
        }
        await file.FlushAsync(ct);
        if (count % ProgressInterval != 0)
        {
            progress?.Report(count);
        }
        return count;
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }
        writer.WriteEndArray();
    }
}
