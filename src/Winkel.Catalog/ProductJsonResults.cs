using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Winkel.Catalog.Products;

namespace Winkel.Catalog;

/// <summary>
/// Answers with products' stored JSON as it is — no parse and re-serialize per product, which is most
/// of the cost of a listing. The OpenAPI document still describes the <see cref="Product"/> shape.
/// </summary>
public sealed class ProductJsonResult(StoredProduct product) : IResult, IEndpointMetadataProvider
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = product.Json.Length;
        return httpContext.Response.Body.WriteAsync(product.Json, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Product), ["application/json"]));
}

/// <summary>A listing page written from stored JSON: <c>{ "items": [...], "nextCursor": ... }</c>.</summary>
public sealed class ProductListJsonResult(IReadOnlyList<StoredProduct> items, string? nextCursor) : IResult, IEndpointMetadataProvider
{
    private static readonly JsonEncodedText ItemsName = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText NextCursorName = JsonEncodedText.Encode("nextCursor");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteStartArray(ItemsName);
        foreach (var item in items)
        {
            writer.WriteRawValue(item.Json.Span, skipInputValidation: true);
        }
        writer.WriteEndArray();
        writer.WriteString(NextCursorName, nextCursor);
        writer.WriteEndObject();
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ProductListResponse), ["application/json"]));
}
