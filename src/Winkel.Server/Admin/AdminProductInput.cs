using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Winkel.Catalog.Products;
using Winkel.Core;

namespace Winkel.Server.Admin;

/// <summary>The admin's product form. It is turned into the JSON API's body, so that the catalog's one reader validates both.</summary>
internal sealed class AdminProductInput
{
    public string? ProductId { get; set; }
    public string? Name { get; set; }
    public string? Brand { get; set; }
    public string? Category { get; set; }
    public string? Subcategory { get; set; }
    public string? Description { get; set; }
    public string? Price { get; set; }
    public string? Stock { get; set; }
    public string? VatRate { get; set; } = "standard";
    public string? Images { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }

    public static AdminProductInput From(Product product) => new()
    {
        ProductId = product.ProductId,
        Name = product.Name,
        Brand = product.Brand,
        Category = product.Category,
        Subcategory = product.Subcategory,
        Description = product.Description,
        Price = product.Price.ToString("0.00", CultureInfo.InvariantCulture),
        Stock = product.Stock.ToString(CultureInfo.InvariantCulture),
        VatRate = product.VatRate.ToWire(),
        Images = string.Join('\n', product.Images),
        SeoTitle = product.Seo.Title,
        SeoDescription = product.Seo.Description,
    };

    /// <summary>The form as a product body; a price typed with a decimal comma (12,50) reads as well as 12.50.</summary>
    public JsonElement ToBody(bool withId)
    {
        var body = new JsonObject
        {
            ["name"] = Name ?? "",
            ["brand"] = Brand ?? "",
            ["category"] = Category ?? "",
            ["subcategory"] = Subcategory ?? "",
            ["description"] = Description ?? "",
            ["price"] = decimal.TryParse(Price?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var price)
                ? JsonValue.Create(price) : JsonValue.Create(Price ?? ""),
            ["stock"] = int.TryParse(Stock?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var stock)
                ? JsonValue.Create(stock) : JsonValue.Create(Stock ?? ""),
            ["vatRate"] = VatRate ?? "standard",
            ["images"] = new JsonArray((Images ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
            ["seo"] = new JsonObject { ["title"] = SeoTitle ?? "", ["description"] = SeoDescription ?? "" },
        };
        if (withId)
        {
            body["productId"] = ProductId ?? "";
        }
        return JsonSerializer.SerializeToElement(body);
    }

    /// <summary>The form field a catalog reader error belongs to (e.g. <c>seo.title</c> → SeoTitle).</summary>
    public static string FieldOf(string error) => error switch
    {
        "productId" => nameof(ProductId),
        "name" => nameof(Name),
        "brand" => nameof(Brand),
        "category" => nameof(Category),
        "subcategory" => nameof(Subcategory),
        "description" => nameof(Description),
        "price" => nameof(Price),
        "stock" => nameof(Stock),
        "vatRate" => nameof(VatRate),
        _ when error.StartsWith("images", StringComparison.Ordinal) => nameof(Images),
        "seo.title" => nameof(SeoTitle),
        "seo.description" => nameof(SeoDescription),
        _ => nameof(Name),
    };
}
