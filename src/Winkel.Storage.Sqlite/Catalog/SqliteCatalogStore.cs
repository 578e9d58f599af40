using System.Text;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;
using Winkel.Core;

namespace Winkel.Storage.Sqlite.Catalog;

/// <summary>The catalog on SQLite: reads here, writes in <c>SqliteCatalogStore.Writes.cs</c>.</summary>
internal sealed partial class SqliteCatalogStore(SqliteDatabase database, CatalogChangeSignal signal, ProductReadSessions sessions) : ICatalogStore
{
    public Task<Product?> GetAsync(string productId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc, stock FROM products WHERE product_id = $id";
        command.Parameters.AddWithValue("$id", productId);
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? ProductDocuments.Read(reader) : null);
    }

    public Task<StoredProduct?> GetStoredAsync(string productId, CancellationToken cancellationToken = default)
    {
        var session = sessions.Rent();
        try
        {
            session.GetStored.Parameters[0].Value = productId;
            using var reader = session.GetStored.ExecuteReader();
            return Task.FromResult(reader.Read() ? ProductDocuments.ReadStored(reader) : null);
        }
        finally
        {
            sessions.Return(session);
        }
    }

    public Task<IReadOnlyList<Product>> GetManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default)
    {
        var products = new List<Product>(productIds.Count);
        using var connection = database.Open();
        foreach (var chunk in productIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            using var command = connection.CreateCommand();
            var sql = new StringBuilder("SELECT doc, stock FROM products WHERE product_id IN (");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "$p0" : $", $p{i}");
                command.Parameters.AddWithValue($"$p{i}", chunk[i]);
            }
            command.CommandText = sql.Append(')').ToString();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                products.Add(ProductDocuments.Read(reader));
            }
        }
        return Task.FromResult<IReadOnlyList<Product>>(products);
    }

    public Task<ProductPage> ListAsync(ProductListQuery query, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ListSql(query);
        if (query.Category is not null)
        {
            command.Parameters.AddWithValue("$category", query.Category);
        }
        // Prices are whole cents: a bound with more decimals narrows to the cents inside the range.
        command.Parameters.AddWithValue("$min", query.MinPrice is { } min ? (long)Math.Ceiling(min * 100m) : 0L);
        command.Parameters.AddWithValue("$max", query.MaxPrice is { } max ? (long)Math.Floor(max * 100m) : long.MaxValue);
        if (query.After is { } after)
        {
            command.Parameters.AddWithValue("$afterPrice", Money.ToCents(after.Price));
            command.Parameters.AddWithValue("$afterId", after.ProductId);
        }
        command.Parameters.AddWithValue("$limit", query.Limit + 1);

        var items = new List<StoredProduct>(query.Limit + 1);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(ProductDocuments.ReadStored(reader));
            }
        }
        ProductKey? next = null;
        if (items.Count > query.Limit)
        {
            items.RemoveAt(query.Limit);
            next = new ProductKey(items[^1].Price, items[^1].ProductId);
        }
        return Task.FromResult(new ProductPage(items, next));
    }

    internal static string ListSql(ProductListQuery query)
    {
        var (direction, comparison) = query.Descending ? ("DESC", "<") : ("ASC", ">");
        var sql = new StringBuilder("SELECT doc, price_cents, product_id FROM products WHERE ");
        if (query.Category is not null)
        {
            sql.Append("category = $category AND ");
        }
        sql.Append("price_cents BETWEEN $min AND $max ");
        if (query.After is not null)
        {
            sql.Append($"AND (price_cents, product_id) {comparison} ($afterPrice, $afterId) ");
        }
        return sql.Append($"ORDER BY price_cents {direction}, product_id {direction} LIMIT $limit").ToString();
    }

    public Task<IReadOnlyList<CategorySummary>> GetCategoriesAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT category, subcategory, product_count FROM category_counts ORDER BY category, subcategory";
        using var reader = command.ExecuteReader();
        var categories = new List<CategorySummary>();
        string? current = null;
        var subcategories = new List<string>();
        long count = 0;
        while (reader.Read())
        {
            var category = reader.GetString(0);
            if (category != current)
            {
                Flush();
                current = category;
            }
            var subcategory = reader.GetString(1);
            if (subcategory.Length > 0)
            {
                subcategories.Add(subcategory);
            }
            count += reader.GetInt64(2);
        }
        Flush();
        return Task.FromResult<IReadOnlyList<CategorySummary>>(categories);

        void Flush()
        {
            if (current is not null)
            {
                categories.Add(new CategorySummary(current, subcategories, count));
            }
            subcategories = [];
            count = 0;
        }
    }

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM products)";
        return Task.FromResult(Convert.ToBoolean(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
