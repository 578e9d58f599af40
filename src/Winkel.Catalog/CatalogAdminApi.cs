using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Winkel.Catalog.Caching;
using Winkel.Catalog.Import;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;
using Winkel.Core;
using Winkel.Core.Caching;
using Winkel.Core.Http;

namespace Winkel.Catalog;

/// <summary>Admin catalog writes: create, replace, patch, delete and JSON Lines import.</summary>
public static class CatalogAdminApi
{
    public static IEndpointRouteBuilder MapCatalogAdminApi(this IEndpointRouteBuilder app)
    {
        var importMaxBytes = app.ServiceProvider.GetRequiredService<IOptions<CatalogOptions>>().Value.ImportMaxBytes;
        var admin = app.MapGroup("/api/admin/products").WithTags("Catalog admin").RequireAuthorization(Policies.Admin);
        admin.MapPost("/", CreateProduct).WithName(nameof(CreateProduct));
        admin.MapPut("/{productId}", ReplaceProduct).WithName(nameof(ReplaceProduct));
        admin.MapPatch("/{productId}", PatchProduct).WithName(nameof(PatchProduct));
        admin.MapDelete("/{productId}", DeleteProduct).WithName(nameof(DeleteProduct));
        admin.MapPost("/import", ImportProducts).WithName(nameof(ImportProducts))
            .Accepts<string>(JsonLinesMediaTypes[0], JsonLinesMediaTypes[1..])
            .WithMetadata(new ImportSizeLimit(importMaxBytes));
        return app;
    }

    public static async Task<Results<Created<Product>, ValidationProblem, ProblemHttpResult>> CreateProduct(
        JsonElement body, ICatalogStore store, ICacheInvalidator cache, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var product = ProductReader.ReadProduct(body, errors);
        if (product is null)
        {
            return Problems.Validation(errors);
        }
        var now = time.Now();
        var result = await store.CreateAsync(product with { CreatedAt = now, UpdatedAt = now }, cancellationToken);
        await EvictAsync(cache, product.ProductId, null, result.Product, cancellationToken);
        return result.Status == CatalogWriteStatus.AlreadyExists
            ? Problems.Conflict("product-exists", "Product already exists", $"A product with id '{product.ProductId}' already exists.")
            : TypedResults.Created($"/api/products/{product.ProductId}", result.Product);
    }

    public static async Task<Results<Ok<Product>, ValidationProblem, ProblemHttpResult>> ReplaceProduct(
        string productId, JsonElement body, ICatalogStore store, ICacheInvalidator cache, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var product = ProductReader.IsValidProductId(productId)
            ? ProductReader.ReadProduct(body, errors, routeProductId: productId)
            : null;
        if (product is null)
        {
            return errors.IsEmpty ? ProductNotFound(productId) : Problems.Validation(errors);
        }
        var now = time.Now();
        var old = await store.GetAsync(productId, cancellationToken);
        var result = await store.ReplaceAsync(product with { CreatedAt = now, UpdatedAt = now }, cancellationToken);
        await EvictAsync(cache, productId, old, result.Product, cancellationToken);
        return result.Product is { } stored ? TypedResults.Ok(stored) : ProductNotFound(productId);
    }

    public static async Task<Results<Ok<Product>, ValidationProblem, ProblemHttpResult>> PatchProduct(
        string productId, JsonElement body, ICatalogStore store, ICacheInvalidator cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ProductReader.IsValidProductId(productId))
        {
            return ProductNotFound(productId);
        }
        var errors = new FieldErrors();
        var patch = ProductReader.ReadPatch(body, errors, productId);
        if (patch is null)
        {
            return Problems.Validation(errors);
        }
        var old = await store.GetAsync(productId, cancellationToken);
        var result = await store.PatchAsync(productId, patch, time.Now(), cancellationToken);
        await EvictAsync(cache, productId, old, result.Product, cancellationToken);
        return result.Product is { } stored ? TypedResults.Ok(stored) : ProductNotFound(productId);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteProduct(
        string productId, ICatalogStore store, ICacheInvalidator cache, TimeProvider time, CancellationToken cancellationToken)
    {
        var old = ProductReader.IsValidProductId(productId) ? await store.GetAsync(productId, cancellationToken) : null;
        var deleted = old is not null && await store.DeleteAsync(productId, time.Now(), cancellationToken);
        if (deleted)
        {
            await EvictAsync(cache, productId, old, null, cancellationToken);
        }
        return deleted ? TypedResults.NoContent() : ProductNotFound(productId);
    }

    public static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportProducts(
        HttpRequest request, ProductImporter importer, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !JsonLinesMediaTypes.Contains(contentType.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                "Send the products as JSON Lines with Content-Type: application/x-ndjson.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", type: Problems.Type("unsupported-media-type"));
        }
        return TypedResults.Ok(await importer.ImportAsync(request.Body, progress: null, cancellationToken));
    }

    /// <summary>
    /// Evicts on this node before answering, so that every read here shows the write at once; the
    /// change feed evicts again (other nodes, and a read that raced the write). <paramref name="old"/>
    /// is read before the write only to know the category it leaves.
    /// </summary>
    private static Task EvictAsync(ICacheInvalidator cache, string productId, Product? old, Product? updated, CancellationToken cancellationToken) =>
        old is null && updated is null
            ? Task.CompletedTask
            : cache.InvalidateAsync(CatalogCacheInvalidation.TagsFor(productId, old, updated), cancellationToken);

    private static readonly string[] JsonLinesMediaTypes = ["application/x-ndjson", "application/jsonl", "application/json-lines"];

    private static ProblemHttpResult ProductNotFound(string productId) =>
        Problems.NotFound("Product not found", $"There is no product with id '{productId}'.");

    private sealed record ImportSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
