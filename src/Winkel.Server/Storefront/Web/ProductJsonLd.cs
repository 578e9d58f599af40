using System.Globalization;
using System.Text.Json;
using Winkel.Catalog.Products;

namespace Winkel.Server.Storefront.Web;

/// <summary>
/// schema.org <c>Product</c> with its <c>Offer</c> as JSON-LD. System.Text.Json escapes <c>&lt;</c> and
/// <c>&gt;</c>, so the text can sit in a <c>&lt;script type="application/ld+json"&gt;</c> data block.
/// </summary>
internal static class ProductJsonLd
{
    public static string For(Product product, string pageUrl, Func<string, string> absolute)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Product");
            json.WriteString("@id", pageUrl + "#product");
            json.WriteString("name", product.Name);
            json.WriteString("sku", product.ProductId);
            json.WriteString("description", product.Seo.Description.Length > 0 ? product.Seo.Description : product.Description);
            json.WriteStartArray("image");
            foreach (var image in product.Images)
            {
                json.WriteStringValue(absolute(image));
            }
            json.WriteEndArray();
            if (product.Brand.Length > 0)
            {
                json.WriteStartObject("brand");
                json.WriteString("@type", "Brand");
                json.WriteString("name", product.Brand);
                json.WriteEndObject();
            }
            if (product.ReviewCount > 0)
            {
                json.WriteStartObject("aggregateRating");
                json.WriteString("@type", "AggregateRating");
                json.WriteString("ratingValue", product.Rating.ToString("0.0", CultureInfo.InvariantCulture));
                json.WriteNumber("reviewCount", product.ReviewCount);
                json.WriteEndObject();
            }
            json.WriteStartObject("offers");
            json.WriteString("@type", "Offer");
            json.WriteString("url", pageUrl);
            json.WriteString("price", product.Price.ToString("0.00", CultureInfo.InvariantCulture));
            json.WriteString("priceCurrency", product.Currency);
            json.WriteString("availability", product.InStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
            json.WriteString("itemCondition", "https://schema.org/NewCondition");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
