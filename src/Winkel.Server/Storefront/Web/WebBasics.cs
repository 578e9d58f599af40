using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;

namespace Winkel.Server.Storefront.Web;

/// <summary>robots.txt, the sitemap (an index of paged files, so a large catalog stays within the protocol's limits), the favicon and product image placeholders.</summary>
internal static class WebBasics
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapWebBasics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", Robots).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", SitemapIndex).ExcludeFromDescription();
        // Under a folder: a parameter in a root segment (sitemap-products-{page}) makes routing see a GET-only
        // candidate for every one-segment path, and answer 405 instead of 404 to a POST to an unknown page.
        app.MapGet("/sitemaps/categories.xml", CategorySitemap).ExcludeFromDescription();
        app.MapGet("/sitemaps/products-{page:int}.xml", ProductSitemap).ExcludeFromDescription();
        app.MapGet("/media/products/{productId}/{image}", ProductImage).ExcludeFromDescription();
        return app;
    }

    private static IResult Robots(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=86400";
        var text = $"""
            User-agent: *
            Disallow: /cart
            Disallow: /checkout
            Disallow: /account
            Disallow: /admin
            Disallow: /orders/
            Disallow: /api/

            Sitemap: {Urls.Absolute(context, "/sitemap.xml")}

            """;
        return TypedResults.Text(text, "text/plain; charset=utf-8");
    }

    private static async Task<IResult> SitemapIndex(HttpContext context, ICatalogStore catalog, IOptions<StorefrontOptions> options)
    {
        var products = (await catalog.GetCategoriesAsync(context.RequestAborted)).Sum(c => c.ProductCount);
        var pages = Math.Max(1, (int)((products + options.Value.SitemapPageSize - 1) / options.Value.SitemapPageSize));
        return Xml(context, "sitemapindex", xml =>
        {
            Entry(xml, "sitemap", Urls.Absolute(context, "/sitemaps/categories.xml"));
            for (var page = 1; page <= pages; page++)
            {
                Entry(xml, "sitemap", Urls.Absolute(context, $"/sitemaps/products-{page}.xml"));
            }
        });
    }

    private static async Task<IResult> CategorySitemap(HttpContext context, ICatalogStore catalog)
    {
        var categories = await catalog.GetCategoriesAsync(context.RequestAborted);
        return Xml(context, "urlset", xml =>
        {
            Entry(xml, "url", Urls.Absolute(context, "/"));
            foreach (var category in categories)
            {
                Entry(xml, "url", Urls.Absolute(context, Urls.Category(category.Category)));
            }
        });
    }

    /// <summary>Page n of the products, read in index order: the pages before it are skipped by cursor, never loaded whole.</summary>
    private static async Task<IResult> ProductSitemap(int page, HttpContext context, ICatalogStore catalog, IOptions<StorefrontOptions> options)
    {
        if (page < 1 || page > 10_000)
        {
            return TypedResults.NotFound();
        }
        var size = options.Value.SitemapPageSize;
        var products = new List<StoredProduct>(size);
        ProductKey? after = null;
        var skip = (long)(page - 1) * size;
        while (true)
        {
            var batch = await catalog.ListAsync(new ProductListQuery(null, null, null, false, 1000, after), context.RequestAborted);
            foreach (var item in batch.Items)
            {
                if (skip > 0)
                {
                    skip--;
                }
                else if (products.Count < size)
                {
                    products.Add(item);
                }
            }
            if (batch.Next is null || products.Count >= size)
            {
                break;
            }
            after = batch.Next;
        }
        if (products.Count == 0 && page > 1)
        {
            return TypedResults.NotFound();
        }
        return Xml(context, "urlset", xml =>
        {
            foreach (var product in products)
            {
                Entry(xml, "url", Urls.Absolute(context, Urls.Product(product.ProductId)),
                    DateTimeOffset.FromUnixTimeSeconds(product.Product.UpdatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        });
    }

    private static IResult Xml(HttpContext context, string root, Action<XmlWriter> write)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, SitemapNs);
            write(xml);
            xml.WriteEndElement();
        }
        return TypedResults.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal),
            "application/xml; charset=utf-8");
    }

    private static void Entry(XmlWriter xml, string element, string location, string? lastModified = null)
    {
        xml.WriteStartElement(element, SitemapNs);
        xml.WriteElementString("loc", SitemapNs, location);
        if (lastModified is not null)
        {
            xml.WriteElementString("lastmod", SitemapNs, lastModified);
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// The demo catalog names images it does not ship: each gets a small SVG, its colours drawn from the
    /// product id and image number, so that pages show a stable picture per product.
    /// </summary>
    private static IResult ProductImage(string productId, string image, HttpContext context)
    {
        if (!ProductReader.IsValidProductId(productId) || image.Length > 16 || !image.EndsWith(".jpg", StringComparison.Ordinal))
        {
            return TypedResults.NotFound();
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(productId + "/" + image));
        var hue = hash[0] * 360 / 256;
        var accent = (hue + 40 + hash[1] % 80) % 360;
        var shape = hash[2] % 3;
        var figure = shape switch
        {
            0 => $"<circle cx=\"200\" cy=\"190\" r=\"{90 + hash[3] % 40}\" fill=\"hsl({accent},70%,55%)\"/>",
            1 => $"<rect x=\"{90 + hash[3] % 30}\" y=\"90\" width=\"200\" height=\"200\" rx=\"24\" fill=\"hsl({accent},65%,50%)\"/>",
            _ => $"<path d=\"M200 70 L330 300 L70 300 Z\" fill=\"hsl({accent},60%,50%)\"/>",
        };
        var svg = $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400"><rect width="400" height="400" fill="hsl({hue},45%,90%)"/>{figure}<text x="200" y="370" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#333">{productId}</text></svg>""";
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Text(svg, "image/svg+xml");
    }
}
