using System.Text.Json;
using Winkel.Cart;
using Winkel.Cart.Storage;
using CartRecord = Winkel.Cart.Carts.Cart;

namespace Winkel.Storage.Sqlite.Cart;

internal sealed class SqliteCartStore(SqliteDatabase database) : ICartStore
{
    public Task<CartRecord?> GetAsync(string ownerId, long now, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc FROM carts WHERE owner_id = $owner AND expires_at > $now";
        command.Parameters.AddWithValue("$owner", ownerId);
        command.Parameters.AddWithValue("$now", now);
        var doc = command.ExecuteScalar() as string;
        return Task.FromResult(doc is null ? null : JsonSerializer.Deserialize(doc, CartJsonContext.Default.Cart));
    }

    public Task<bool> SaveAsync(CartRecord cart, long now, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                """
                INSERT INTO carts (owner_id, doc, expires_at, version, item_count) VALUES ($owner, $doc, $expires, $version, $items)
                ON CONFLICT (owner_id) DO UPDATE SET doc = excluded.doc, expires_at = excluded.expires_at,
                    version = excluded.version, item_count = excluded.item_count
                WHERE carts.version = excluded.version - 1 OR carts.expires_at <= $now
                """;
            command.Parameters.AddWithValue("$owner", cart.OwnerId);
            command.Parameters.AddWithValue("$doc", JsonSerializer.Serialize(cart, CartJsonContext.Default.Cart));
            command.Parameters.AddWithValue("$expires", cart.ExpiresAt);
            command.Parameters.AddWithValue("$version", cart.Version);
            command.Parameters.AddWithValue("$items", cart.Lines.Sum(l => l.Quantity));
            command.Parameters.AddWithValue("$now", now);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);

    public Task DeleteAsync(string ownerId, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM carts WHERE owner_id = $owner", cancellationToken, ("$owner", ownerId));

    public Task<(int Deleted, int WithItems)> DeleteExpiredAsync(long now, int limit, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                """
                DELETE FROM carts WHERE owner_id IN (SELECT owner_id FROM carts WHERE expires_at <= $now LIMIT $limit)
                RETURNING item_count
                """;
            command.Parameters.AddWithValue("$now", now);
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            int deleted = 0, withItems = 0;
            while (reader.Read())
            {
                deleted++;
                withItems += reader.GetInt64(0) > 0 ? 1 : 0;
            }
            return (deleted, withItems);
        }, cancellationToken);
}
