using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Winkel.Catalog.Caching;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;
using Winkel.Core;
using Winkel.Core.Caching;
using Winkel.Core.Http;

namespace Winkel.Catalog;

/// <summary>The public catalog reads: listings, product detail and categories.</summary>
public static class CatalogApi
{
    public const int DefaultLimit = 24;
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/products").WithTags("Catalog");
        products.MapGet("/", ListProducts).WithName(nameof(ListProducts)).CacheAsApiRead();
        products.MapGet("/{productId}", GetProduct).WithName(nameof(GetProduct)).CacheAsApiRead();
        app.MapGet("/api/categories", ListCategories).WithTags("Catalog").WithName(nameof(ListCategories)).CacheAsApiRead();
        return app;
    }

    public static async Task<Results<ProductListJsonResult, ValidationProblem>> ListProducts(
        string? category, string? minPrice, string? maxPrice, string? sort, string? limit, string? cursor,
        CatalogCache cache, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var min = ReadPrice(minPrice, "minPrice", errors);
        var max = ReadPrice(maxPrice, "maxPrice", errors);
        if (min is not null && max is not null && min > max)
        {
            errors.Add("maxPrice", "must not be less than minPrice.");
        }
        var descending = sort switch
        {
            null or "" or "price" => false,
            "-price" => true,
            _ => Invalid(errors, "sort", "must be \"price\" or \"-price\"."),
        };
        var pageSize = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxLimit))
        {
            errors.Add("limit", $"must be a whole number from 1 to {MaxLimit}.");
        }
        ProductKey? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (ProductCursor.TryDecode(cursor, category, descending, out var key))
            {
                after = key;
            }
            else
            {
                errors.Add("cursor", "is not a cursor this listing returned (same category and sort).");
            }
        }
        if (category is { Length: 0 or > 100 })
        {
            errors.Add("category", "must be 1 to 100 characters.");
        }
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        context.TagOutputCache(CatalogCache.ListingTag(category));
        return new ProductListJsonResult(await cache.GetListingAsync(new ProductListQuery(category, min, max, descending, pageSize, after), cancellationToken));
    }

    public static async Task<Results<ProductJsonResult, ProblemHttpResult>> GetProduct(
        string productId, CatalogCache cache, CancellationToken cancellationToken)
    {
        var product = ProductReader.IsValidProductId(productId) ? await cache.GetProductAsync(productId, cancellationToken) : CachedJson.Missing;
        return product.IsMissing
            ? Problems.NotFound("Product not found", $"There is no product with id '{productId}'.")
            : new ProductJsonResult(product);
    }

    public static async Task<CategoryListJsonResult> ListCategories(CatalogCache cache, HttpContext context, CancellationToken cancellationToken)
    {
        context.TagOutputCache(CacheTags.Categories);
        return new(await cache.GetCategoriesAsync(cancellationToken));
    }

    private static decimal? ReadPrice(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) && price <= 1_000_000m)
        {
            return price;
        }
        errors.Add(field, "must be a number from 0 to 1000000 such as 19.99.");
        return null;
    }

    private static bool Invalid(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return false;
    }
}
