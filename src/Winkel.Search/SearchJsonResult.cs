using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Winkel.Catalog.Products;

namespace Winkel.Search;

/// <summary>
/// Writes a <see cref="SearchResult"/> as <c>GET /api/search</c> answers it, products as their stored
/// JSON (no parse and re-serialize per product). The OpenAPI document describes <see cref="SearchResponse"/>.
/// </summary>
public sealed class SearchJsonResult(SearchResult result) : IResult, IEndpointMetadataProvider
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteNumber("total", result.Total);
        writer.WriteNumber("page", result.Page);
        writer.WriteNumber("pageSize", result.PageSize);
        writer.WriteStartArray("items");
        foreach (var item in result.Items)
        {
            writer.WriteRawValue(item.Json.Span, skipInputValidation: true);
        }
        writer.WriteEndArray();
        writer.WriteStartObject("facets");
        WriteCounts(writer, "category", result.Facets.Category);
        WriteCounts(writer, "brand", result.Facets.Brand);
        writer.WriteStartArray("price");
        foreach (var bucket in result.Facets.Price)
        {
            writer.WriteStartObject();
            writer.WriteNumber("from", bucket.From);
            if (bucket.To is { } to)
            {
                writer.WriteNumber("to", to);
            }
            else
            {
                writer.WriteNull("to");
            }
            writer.WriteNumber("count", bucket.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteCounts(writer, "rating", result.Facets.Rating);
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(SearchResponse), ["application/json"]));

    private static void WriteCounts(Utf8JsonWriter writer, string name, IReadOnlyList<FacetCount> counts)
    {
        writer.WriteStartArray(name);
        foreach (var count in counts)
        {
            writer.WriteStartObject();
            writer.WriteString("value", count.Value);
            writer.WriteNumber("count", count.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}

/// <summary>The shape of <c>GET /api/search</c>'s answer, for the OpenAPI document.</summary>
public sealed record SearchResponse(long Total, int Page, int PageSize, IReadOnlyList<Product> Items, SearchFacets Facets);

/// <summary>The answer of <c>GET /api/search/suggest</c>.</summary>
public sealed record SuggestResponse(IReadOnlyList<string> Items);
