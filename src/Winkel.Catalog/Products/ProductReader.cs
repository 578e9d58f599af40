using System.Text.Json;
using System.Text.RegularExpressions;
using Winkel.Core;

namespace Winkel.Catalog.Products;

/// <summary>
/// Reads a product body field by field, so that every error names the JSON field to blame:
/// wrong types, broken rules, unknown fields and fields the server owns (mass assignment never works).
/// One reader serves create, replace, patch and each line of an import.
/// </summary>
public static partial class ProductReader
{
    public const int MaxIdLength = 64;

    private static readonly string[] ServerOwned = ["inStock", "createdAt", "updatedAt"];

    /// <summary>Reads a whole product; <paramref name="routeProductId"/>, when given, must match the body's id if it has one.</summary>
    public static Product? ReadProduct(JsonElement body, FieldErrors errors, string? routeProductId = null)
    {
        if (ReadFields(body, errors) is not var (bodyId, patch, _))
        {
            return null;
        }

        var productId = bodyId ?? routeProductId;
        if (routeProductId is not null && bodyId is not null && bodyId != routeProductId)
        {
            errors.Add("productId", "must match the product id in the path.");
        }
        Require(productId, "productId", errors);
        Require(patch.Category, "category", errors);
        Require(patch.Name, "name", errors);
        if (patch.Price is null && !errors.Has("price"))
        {
            errors.Add("price", "is required.");
        }
        if (!errors.IsEmpty)
        {
            return null;
        }
        var required = new Product { ProductId = productId!, Category = patch.Category!, Name = patch.Name!, Price = patch.Price!.Value };
        return patch.ApplyTo(required, updatedAt: 0);
    }

    /// <summary>Reads a partial update. The id cannot change; a body without any field is an error.</summary>
    public static ProductPatch? ReadPatch(JsonElement body, FieldErrors errors, string routeProductId)
    {
        if (ReadFields(body, errors) is not var (bodyId, patch, count))
        {
            return null;
        }
        if (bodyId is not null && bodyId != routeProductId)
        {
            errors.Add("productId", "cannot be changed.");
        }
        if (count == 0 && errors.IsEmpty)
        {
            errors.Add("body", "must contain at least one field to change.");
        }
        return errors.IsEmpty ? patch : null;
    }

    public static bool IsValidProductId(string? id) => id is not null && ProductIdPattern().IsMatch(id);

    private static (string? ProductId, ProductPatch Patch, int Count)? ReadFields(JsonElement body, FieldErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", "must be a JSON object.");
            return null;
        }

        string? productId = null;
        var patch = new ProductPatch();
        var count = 0;
        foreach (var property in body.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            count++;
            switch (name)
            {
                case "productId":
                    productId = ReadProductId(value, errors);
                    break;
                case "category":
                    patch = patch with { Category = ReadText(value, name, errors, min: 1, max: 100) };
                    break;
                case "subcategory":
                    patch = patch with { Subcategory = ReadText(value, name, errors, min: 0, max: 100) };
                    break;
                case "brand":
                    patch = patch with { Brand = ReadText(value, name, errors, min: 0, max: 100) };
                    break;
                case "name":
                    patch = patch with { Name = ReadText(value, name, errors, min: 1, max: 200) };
                    break;
                case "description":
                    patch = patch with { Description = ReadText(value, name, errors, min: 0, max: 10_000) };
                    break;
                case "price":
                    patch = patch with { Price = ReadPrice(value, errors) };
                    break;
                case "currency":
                    patch = patch with { Currency = ReadCurrency(value, errors) };
                    break;
                case "stock":
                    patch = patch with { Stock = ReadCount(value, name, errors) };
                    break;
                case "warehouse":
                    patch = patch with { Warehouse = ReadText(value, name, errors, min: 0, max: 100) };
                    break;
                case "attributes":
                    patch = patch with { Attributes = ReadAttributes(value, errors) };
                    break;
                case "images":
                    patch = patch with { Images = ReadList(value, name, errors, maxItems: 20, ReadImage) };
                    break;
                case "rating":
                    patch = patch with { Rating = ReadRating(value, errors) };
                    break;
                case "reviewCount":
                    patch = patch with { ReviewCount = ReadCount(value, name, errors) };
                    break;
                case "tags":
                    patch = patch with { Tags = ReadList(value, name, errors, maxItems: 50, (v, f, e) => ReadText(v, f, e, min: 1, max: 50)) };
                    break;
                case "seo":
                    patch = patch with { Seo = ReadSeo(value, errors) };
                    break;
                case "vatRate":
                    patch = patch with { VatRate = ReadVatRate(value, errors) };
                    break;
                default:
                    errors.Add(name, ServerOwned.Contains(name, StringComparer.Ordinal)
                        ? "is set by the server and cannot be sent."
                        : "is not a product field.");
                    break;
            }
        }
        return (productId, patch, count);
    }

    private static void Require(string? value, string field, FieldErrors errors)
    {
        if (value is null && !errors.Has(field))
        {
            errors.Add(field, "is required.");
        }
    }

    private static string? ReadProductId(JsonElement value, FieldErrors errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add("productId", "must be a string.");
            return null;
        }
        var id = value.GetString()!;
        if (!IsValidProductId(id))
        {
            errors.Add("productId", $"must be 1 to {MaxIdLength} letters, digits, '-' or '_'.");
            return null;
        }
        return id;
    }

    private static string? ReadText(JsonElement value, string field, FieldErrors errors, int min, int max)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(field, "must be a string.");
            return null;
        }
        var text = value.GetString()!.Trim();
        if (text.Length < min || text.Length > max)
        {
            errors.Add(field, min > 0 ? $"must be {min} to {max} characters." : $"must be at most {max} characters.");
            return null;
        }
        return text;
    }

    private static decimal? ReadPrice(JsonElement value, FieldErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var price))
        {
            errors.Add("price", "must be a number.");
            return null;
        }
        if (price <= 0 || price > 1_000_000m || !Money.HasAtMostTwoDecimals(price))
        {
            errors.Add("price", "must be greater than 0, at most 1000000, with at most 2 decimals.");
            return null;
        }
        return price;
    }

    private static string? ReadCurrency(JsonElement value, FieldErrors errors)
    {
        var code = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (code is null || !CurrencyCodes.IsIso4217(code))
        {
            errors.Add("currency", "must be an ISO 4217 currency code such as EUR.");
            return null;
        }
        return code;
    }

    private static int? ReadCount(JsonElement value, string field, FieldErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var count) || count < 0)
        {
            errors.Add(field, "must be a whole number of 0 or more.");
            return null;
        }
        return count;
    }

    private static decimal? ReadRating(JsonElement value, FieldErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var rating) || rating < 0 || rating > 5)
        {
            errors.Add("rating", "must be a number from 0 to 5.");
            return null;
        }
        return rating;
    }

    private static Core.VatRate? ReadVatRate(JsonElement value, FieldErrors errors)
    {
        if (value.ValueKind == JsonValueKind.String && VatRates.TryParse(value.GetString(), out var rate))
        {
            return rate;
        }
        errors.Add("vatRate", "must be \"standard\" or \"reduced\".");
        return null;
    }

    private static string? ReadImage(JsonElement value, string field, FieldErrors errors)
    {
        var url = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        var valid = url is { Length: > 0 and <= 2048 } &&
            ((Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
             || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative)));
        if (!valid)
        {
            errors.Add(field, "must be an http(s) URL or a path starting with '/'.");
            return null;
        }
        return url;
    }

    private static IReadOnlyList<string>? ReadList(
        JsonElement value, string field, FieldErrors errors, int maxItems, Func<JsonElement, string, FieldErrors, string?> readItem)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(field, "must be an array of strings.");
            return null;
        }
        if (value.GetArrayLength() > maxItems)
        {
            errors.Add(field, $"must have at most {maxItems} items.");
            return null;
        }
        var items = new List<string>(value.GetArrayLength());
        var index = 0;
        var ok = true;
        foreach (var element in value.EnumerateArray())
        {
            var item = readItem(element, $"{field}[{index++}]", errors);
            if (item is null)
            {
                ok = false;
            }
            else
            {
                items.Add(item);
            }
        }
        return ok ? items : null;
    }

    private static IReadOnlyDictionary<string, string>? ReadAttributes(JsonElement value, FieldErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add("attributes", "must be an object of string values.");
            return null;
        }
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var property in value.EnumerateObject())
        {
            var field = $"attributes.{property.Name}";
            if (property.Name.Length is 0 or > 100)
            {
                errors.Add(field, "names must be 1 to 100 characters.");
                ok = false;
                continue;
            }
            var text = ReadText(property.Value, field, errors, min: 0, max: 500);
            if (text is null)
            {
                ok = false;
                continue;
            }
            attributes[property.Name] = text;
        }
        if (attributes.Count > 100)
        {
            errors.Add("attributes", "must have at most 100 entries.");
            return null;
        }
        return ok ? attributes : null;
    }

    private static ProductSeo? ReadSeo(JsonElement value, FieldErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add("seo", "must be an object with title, description and keywords.");
            return null;
        }
        var seo = new ProductSeo();
        var errorsBefore = errors.Count;
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "title":
                    seo = seo with { Title = ReadText(property.Value, "seo.title", errors, min: 0, max: 200) ?? "" };
                    break;
                case "description":
                    seo = seo with { Description = ReadText(property.Value, "seo.description", errors, min: 0, max: 500) ?? "" };
                    break;
                case "keywords":
                    seo = seo with
                    {
                        Keywords = ReadList(property.Value, "seo.keywords", errors, maxItems: 30,
                            (v, f, e) => ReadText(v, f, e, min: 1, max: 100)) ?? [],
                    };
                    break;
                default:
                    errors.Add($"seo.{property.Name}", "is not an SEO field.");
                    break;
            }
        }
        return errors.Count == errorsBefore ? seo : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\z")]
    private static partial Regex ProductIdPattern();
}
