namespace Winkel.Server.Tests.Catalog;

internal static class TestProducts
{
    /// <summary>A valid create body, as a client would send it.</summary>
    public static Dictionary<string, object?> Body(string id, string category = "electronics", decimal price = 19.99m, int stock = 10) => new()
    {
        ["productId"] = id,
        ["category"] = category,
        ["subcategory"] = "headphones",
        ["brand"] = "Sennheiser",
        ["name"] = $"Sennheiser Momentum {id}",
        ["description"] = "Wireless headphones with noise cancelling.",
        ["price"] = price,
        ["stock"] = stock,
        ["warehouse"] = "AMS-1",
        ["attributes"] = new Dictionary<string, string> { ["colour"] = "black" },
        ["images"] = new[] { $"/media/products/{id}/1.jpg" },
        ["rating"] = 4.6m,
        ["reviewCount"] = 120,
        ["tags"] = new[] { "wireless", "anc" },
        ["seo"] = new { title = "Sennheiser Momentum", description = "Buy now", keywords = new[] { "headphones" } },
        ["vatRate"] = "standard",
    };
}
