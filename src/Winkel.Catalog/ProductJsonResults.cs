using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Winkel.Catalog.Caching;
using Winkel.Catalog.Products;

namespace Winkel.Catalog;

/// <summary>
/// Answers with a product's stored JSON as it is — no parse and re-serialize — from the cache, with
/// its strong ETag (304 on a matching <c>If-None-Match</c>). The OpenAPI document still describes the
/// <see cref="Product"/> shape.
/// </summary>
public sealed class ProductJsonResult(CachedJson product) : IResult, IEndpointMetadataProvider
{
    public Task ExecuteAsync(HttpContext httpContext) => product.WriteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Product), ["application/json"]));
}

/// <summary>A listing page written from stored JSON: <c>{ "items": [...], "nextCursor": ... }</c>, cached with its ETag.</summary>
public sealed class ProductListJsonResult(CachedJson page) : IResult, IEndpointMetadataProvider
{
    public Task ExecuteAsync(HttpContext httpContext) => page.WriteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ProductListResponse), ["application/json"]));
}

/// <summary>The category list, cached with its ETag.</summary>
public sealed class CategoryListJsonResult(CachedJson categories) : IResult, IEndpointMetadataProvider
{
    public Task ExecuteAsync(HttpContext httpContext) => categories.WriteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(CategoryListResponse), ["application/json"]));
}
