using System.Text.Json;
using System.Text.Json.Serialization;
using Winkel.Catalog.Products;

namespace Winkel.Catalog;

/// <summary>Source-generated JSON for the catalog's wire and storage shapes (camelCase, as the API contract).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(ProductListResponse))]
[JsonSerializable(typeof(CategoryListResponse))]
[JsonSerializable(typeof(Import.ImportReport))]
public sealed partial class CatalogJsonContext : JsonSerializerContext;

public sealed record ProductListResponse(IReadOnlyList<Product> Items, string? NextCursor);

public sealed record CategoryListResponse(IReadOnlyList<Storage.CategorySummary> Items);
