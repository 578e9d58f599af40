using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Winkel.Catalog.Storage;
using Winkel.Core.Caching;

namespace Winkel.Catalog.Caching;

/// <summary>
/// The catalog's public reads through HybridCache: product detail (1 h), listing pages and the
/// category list (15 min), each as the answer's bytes with their ETag. HybridCache runs one fetch per
/// key however many requests miss at once. Entries are evicted by tag (<see cref="CacheTags"/>) when
/// the catalog changes: see <see cref="CatalogCacheInvalidation"/>. Carts and checkout read the store
/// directly, never this cache (docs/architecture.md, Caching).
/// </summary>
public sealed class CatalogCache
{
    private readonly HybridCache _cache;
    private readonly ICatalogStore _store;
    private readonly HybridCacheEntryOptions _productOptions;
    private readonly HybridCacheEntryOptions _listingOptions;

    public CatalogCache(HybridCache cache, ICatalogStore store, IOptions<CacheOptions> options, IEnumerable<ICacheInvalidationFanOut> fanOuts)
    {
        _cache = cache;
        _store = store;
        var settings = options.Value;
        // With other nodes (Redis), this node's copy lives shorter: a bound on staleness if a message is lost.
        var local = fanOuts.Any() ? settings.LocalTtl : TimeSpan.MaxValue;
        _productOptions = new() { Expiration = settings.ProductTtl, LocalCacheExpiration = Min(settings.ProductTtl, local) };
        _listingOptions = new() { Expiration = settings.ListingTtl, LocalCacheExpiration = Min(settings.ListingTtl, local) };
    }

    public async ValueTask<CachedJson> GetProductAsync(string productId, CancellationToken cancellationToken)
    {
        var key = CacheTags.Product(productId);
        var lookup = new Lookup<string>(_store, productId);
        var entry = await _cache.GetOrCreateAsync(key, lookup, static async (lookup, ct) =>
        {
            lookup.Fetched = true;
            var product = await lookup.Store.GetStoredAsync(lookup.Query, ct);
            return product is null ? CachedJson.Missing : CachedJson.From(product.Json.Span);
        }, _productOptions, [key], cancellationToken);
        CacheMetrics.Record("product", !lookup.Fetched);
        return entry;
    }

    public async ValueTask<CachedJson> GetListingAsync(ProductListQuery query, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture,
            $"listing:{query.Category}|{query.MinPrice}|{query.MaxPrice}|{(query.Descending ? 'd' : 'a')}|{query.Limit}|{query.After?.Price}|{query.After?.ProductId}");
        var lookup = new Lookup<ProductListQuery>(_store, query);
        var entry = await _cache.GetOrCreateAsync(key, lookup, static async (lookup, ct) =>
        {
            lookup.Fetched = true;
            var query = lookup.Query;
            var page = await lookup.Store.ListAsync(query, ct);
            var next = page.Next is { } key ? ProductCursor.Encode(key, query.Category, query.Descending) : null;
            return CachedJson.Own(ProductListJson.Write(page.Items, next));
        }, _listingOptions, [ListingTag(query.Category)], cancellationToken);
        CacheMetrics.Record("listing", !lookup.Fetched);
        return entry;
    }

    public async ValueTask<CachedJson> GetCategoriesAsync(CancellationToken cancellationToken)
    {
        var lookup = new Lookup<int>(_store, 0);
        var entry = await _cache.GetOrCreateAsync(CacheTags.Categories, lookup, static async (lookup, ct) =>
        {
            lookup.Fetched = true;
            var response = new CategoryListResponse(await lookup.Store.GetCategoriesAsync(ct));
            return CachedJson.Own(JsonSerializer.SerializeToUtf8Bytes(response, CatalogJsonContext.Default.CategoryListResponse));
        }, _listingOptions, [CacheTags.Categories], cancellationToken);
        CacheMetrics.Record("categories", !lookup.Fetched);
        return entry;
    }

    public static string ListingTag(string? category) => category is null ? CacheTags.AllListings : CacheTags.Listings(category);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>The fetch's input, and whether this request ran the fetch (a miss) or was served (a hit).</summary>
    private sealed class Lookup<T>(ICatalogStore store, T query)
    {
        public ICatalogStore Store => store;

        public T Query => query;

        public bool Fetched { get; set; }
    }
}

/// <summary>Writes a listing page, <c>{ "items": [...], "nextCursor": ... }</c>, from products' stored JSON.</summary>
internal static class ProductListJson
{
    private static readonly JsonEncodedText ItemsName = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText NextCursorName = JsonEncodedText.Encode("nextCursor");

    public static byte[] Write(IReadOnlyList<Products.StoredProduct> items, string? nextCursor)
    {
        var buffer = new ArrayBufferWriter<byte>(items.Sum(i => i.Json.Length) + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(ItemsName);
            foreach (var item in items)
            {
                writer.WriteRawValue(item.Json.Span, skipInputValidation: true);
            }
            writer.WriteEndArray();
            writer.WriteString(NextCursorName, nextCursor);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
