using Winkel.Catalog.Products;
using Winkel.Core;

namespace Winkel.Storage.Tests.Contracts;

internal static class Products
{
    public static Product Make(string id, string category = "electronics", decimal price = 10m, int stock = 5,
        string subcategory = "laptops", long at = 1_700_000_000) => new()
        {
            ProductId = id,
            Category = category,
            Subcategory = subcategory,
            Brand = "Philips",
            Name = $"Product {id}",
            Description = "A product for tests.",
            Price = price,
            Stock = stock,
            Warehouse = "AMS-1",
            Attributes = new Dictionary<string, string> { ["colour"] = "black", ["weight"] = "1.2 kg" },
            Images = [$"/media/products/{id}/1.jpg"],
            Rating = 4.5m,
            ReviewCount = 12,
            Tags = ["test", "sale"],
            Seo = new ProductSeo { Title = $"Buy {id}", Description = "Cheap.", Keywords = ["buy", id] },
            VatRate = VatRate.Standard,
            CreatedAt = at,
            UpdatedAt = at,
        };
}
