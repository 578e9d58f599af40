using System.Text.Json;
using Winkel.Catalog.Products;
using Winkel.Core;

namespace Winkel.Catalog.Tests.Products;

public sealed class ProductReaderTests
{
    private const string Valid = """
        {"productId":"p-1","category":"electronics","subcategory":"laptops","brand":"Lenovo","name":"ThinkPad X1",
         "description":"Light.","price":1299.99,"currency":"EUR","stock":3,"warehouse":"AMS-1",
         "attributes":{"ram":"16 GB"},"images":["https://img.example/p-1.jpg","/media/p-1.jpg"],"rating":4.4,
         "reviewCount":10,"tags":["business"],"seo":{"title":"T","description":"D","keywords":["k"]},"vatRate":"reduced"}
        """;

    private static (Product? Product, FieldErrors Errors) Read(string json, string? routeId = null)
    {
        var errors = new FieldErrors();
        return (ProductReader.ReadProduct(JsonDocument.Parse(json).RootElement, errors, routeId), errors);
    }

    private static string With(string field, string value)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Valid)!.AsObject();
        node[field] = System.Text.Json.Nodes.JsonNode.Parse(value);
        return node.ToJsonString();
    }

    [Fact]
    public void ReadProduct_ReadsEveryField()
    {
        var (product, errors) = Read(Valid);

        Assert.True(errors.IsEmpty);
        Assert.Equal(1299.99m, product!.Price);
        Assert.Equal(VatRate.Reduced, product.VatRate);
        Assert.Equal("16 GB", product.Attributes["ram"]);
        Assert.Equal(["k"], product.Seo.Keywords);
        Assert.True(product.InStock);
    }

    [Fact]
    public void ReadProduct_DefaultsOptionalFields()
    {
        var (product, errors) = Read("""{"productId":"p","category":"c","name":"n","price":1}""");

        Assert.True(errors.IsEmpty);
        Assert.Equal(("EUR", 0, VatRate.Standard), (product!.Currency, product.Stock, product.VatRate));
        Assert.False(product.InStock);
    }

    [Theory]
    [InlineData("price", "0.001")]
    [InlineData("price", "-5")]
    [InlineData("price", "1000000.01")]
    [InlineData("price", "\"9.99\"")]
    [InlineData("stock", "2147483648")]
    [InlineData("rating", "-0.1")]
    [InlineData("reviewCount", "-1")]
    [InlineData("currency", "\"XXX\"")]
    [InlineData("name", "\"\"")]
    [InlineData("name", "null")]
    [InlineData("tags", "\"one\"")]
    [InlineData("attributes", "[]")]
    [InlineData("seo", "\"x\"")]
    [InlineData("productId", "\"abc\\n\"")]
    [InlineData("productId", "\"" + "x123456789x123456789x123456789x123456789x123456789x123456789x1234" + "\"")]
    public void ReadProduct_NamesTheField_WhenAValueBreaksTheRules(string field, string value)
    {
        var (product, errors) = Read(With(field, value));

        Assert.Null(product);
        Assert.True(errors.Has(field), string.Join(", ", errors.ToDictionary().Keys));
    }

    [Theory]
    [InlineData("tags", "[\"ok\", 3]", "tags[1]")]
    [InlineData("images", "[\"ftp://x/y.jpg\"]", "images[0]")]
    [InlineData("images", "[\"//evil.example/x.jpg\"]", "images[0]")]
    [InlineData("attributes", "{\"ram\": 16}", "attributes.ram")]
    [InlineData("seo", "{\"keywords\": [\"\"]}", "seo.keywords[0]")]
    public void ReadProduct_NamesTheNestedPath(string field, string value, string path)
    {
        var (_, errors) = Read(With(field, value));

        Assert.True(errors.Has(path), string.Join(", ", errors.ToDictionary().Keys));
    }

    [Theory]
    [InlineData("inStock", "is set by the server and cannot be sent.")]
    [InlineData("updatedAt", "is set by the server and cannot be sent.")]
    [InlineData("discount", "is not a product field.")]
    public void ReadProduct_RejectsFieldsItDoesNotAccept(string field, string message)
    {
        var (_, errors) = Read(With(field, "1"));

        Assert.Equal([message], errors.ToDictionary()[field]);
    }

    [Fact]
    public void ReadProduct_TakesTheIdFromTheRoute_AndRejectsAnotherInTheBody()
    {
        var (fromRoute, _) = Read("""{"category":"c","name":"n","price":1}""", routeId: "route-id");
        var (_, mismatch) = Read(Valid, routeId: "other");

        Assert.Equal("route-id", fromRoute!.ProductId);
        Assert.True(mismatch.Has("productId"));
    }

    [Fact]
    public void ReadPatch_ReturnsOnlyTheFieldsSent()
    {
        var errors = new FieldErrors();

        var patch = ProductReader.ReadPatch(JsonDocument.Parse("""{"price":2.5,"tags":[]}""").RootElement, errors, "p-1");

        Assert.True(errors.IsEmpty);
        Assert.Equal(2.5m, patch!.Price);
        Assert.Empty(patch.Tags!);
        Assert.Null(patch.Name);
        Assert.Null(patch.Stock);
    }
}
