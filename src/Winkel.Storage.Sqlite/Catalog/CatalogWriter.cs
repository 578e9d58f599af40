using Microsoft.Data.Sqlite;
using Winkel.Catalog.Products;
using Winkel.Core;

namespace Winkel.Storage.Sqlite.Catalog;

/// <summary>
/// The statements of one catalog write transaction, prepared once and reused for every product of a
/// batch: read the current row, put or delete it, append its change, and keep category counts.
/// </summary>
internal sealed class CatalogWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _select;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _change;
    private readonly Dictionary<(string Category, string Subcategory), long> _countDeltas = [];

    public CatalogWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _select = Command("SELECT doc, stock FROM products WHERE product_id = $id", "$id");
        _upsert = Command(
            """
            INSERT INTO products (product_id, category, subcategory, price_cents, stock, doc)
            VALUES ($id, $category, $subcategory, $price, $stock, $doc)
            ON CONFLICT (product_id) DO UPDATE SET category = excluded.category, subcategory = excluded.subcategory,
                price_cents = excluded.price_cents, stock = excluded.stock, doc = excluded.doc
            """,
            "$id", "$category", "$subcategory", "$price", "$stock", "$doc");
        _change = Command(
            "INSERT INTO catalog_changes (product_id, old_doc, new_doc, changed_at) VALUES ($id, $old, $new, $at)",
            "$id", "$old", "$new", "$at");
    }

    /// <summary>The stored product with its current stock, or null.</summary>
    public Product? ReadCurrent(string productId)
    {
        _select.Parameters[0].Value = productId;
        using var reader = _select.ExecuteReader();
        return reader.Read() ? ProductDocuments.Read(reader) : null;
    }

    /// <summary>Writes <paramref name="product"/> over <paramref name="old"/> (null: a new product); the change is dated by its <c>updatedAt</c>.</summary>
    public void Put(Product? old, Product product)
    {
        var doc = ProductDocuments.Serialize(product);
        var p = _upsert.Parameters;
        p[0].Value = product.ProductId;
        p[1].Value = product.Category;
        p[2].Value = product.Subcategory;
        p[3].Value = Money.ToCents(product.Price);
        p[4].Value = product.Stock;
        p[5].Value = doc;
        _upsert.ExecuteNonQuery();
        RecordChange(product.ProductId, old, doc, product.UpdatedAt);
        if (old is not null)
        {
            Count(old, -1);
        }
        Count(product, +1);
    }

    /// <summary>
    /// Changes stock by <paramref name="delta"/> with one conditional update that never lets it go
    /// below zero, then brings the stored JSON in line and records the change. False when too few.
    /// </summary>
    public bool TryAdjustStock(string productId, int delta, long changedAt)
    {
        using var update = Command("UPDATE products SET stock = stock + $delta WHERE product_id = $id AND stock + $delta >= 0", "$delta", "$id");
        update.Parameters[0].Value = delta;
        update.Parameters[1].Value = productId;
        if (update.ExecuteNonQuery() == 0)
        {
            return false;
        }
        // The row now holds the new stock and the document the old one: the change's two images.
        _select.Parameters[0].Value = productId;
        Product old, updated;
        using (var reader = _select.ExecuteReader())
        {
            reader.Read();
            old = ProductDocuments.Deserialize(reader.GetString(0));
            updated = old with { Stock = reader.GetInt32(1) };
        }
        var doc = ProductDocuments.Serialize(updated);
        using var rewrite = Command("UPDATE products SET doc = $doc WHERE product_id = $id", "$doc", "$id");
        rewrite.Parameters[0].Value = doc;
        rewrite.Parameters[1].Value = productId;
        rewrite.ExecuteNonQuery();
        RecordChange(productId, old, doc, changedAt);
        return true;
    }

    public void Delete(Product old, long deletedAt)
    {
        using var delete = Command("DELETE FROM products WHERE product_id = $id", "$id");
        delete.Parameters[0].Value = old.ProductId;
        delete.ExecuteNonQuery();
        RecordChange(old.ProductId, old, newDoc: null, deletedAt);
        Count(old, -1);
    }

    public void FlushCategoryCounts()
    {
        using var upsert = Command(
            """
            INSERT INTO category_counts (category, subcategory, product_count) VALUES ($category, $subcategory, $delta)
            ON CONFLICT (category, subcategory) DO UPDATE SET product_count = product_count + excluded.product_count
            """,
            "$category", "$subcategory", "$delta");
        foreach (var ((category, subcategory), delta) in _countDeltas)
        {
            if (delta == 0)
            {
                continue;
            }
            upsert.Parameters[0].Value = category;
            upsert.Parameters[1].Value = subcategory;
            upsert.Parameters[2].Value = delta;
            upsert.ExecuteNonQuery();
        }
        _countDeltas.Clear();
        using var prune = Command("DELETE FROM category_counts WHERE product_count <= 0");
        prune.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _select.Dispose();
        _upsert.Dispose();
        _change.Dispose();
    }

    private void RecordChange(string productId, Product? old, string? newDoc, long changedAt)
    {
        var p = _change.Parameters;
        p[0].Value = productId;
        p[1].Value = old is null ? DBNull.Value : ProductDocuments.Serialize(old);
        p[2].Value = (object?)newDoc ?? DBNull.Value;
        p[3].Value = changedAt;
        _change.ExecuteNonQuery();
    }

    private void Count(Product product, long delta)
    {
        var key = (product.Category, product.Subcategory);
        _countDeltas[key] = _countDeltas.GetValueOrDefault(key) + delta;
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        return command;
    }
}
