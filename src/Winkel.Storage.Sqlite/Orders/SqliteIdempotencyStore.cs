using Winkel.Orders.Storage;

namespace Winkel.Storage.Sqlite.Orders;

internal sealed class SqliteIdempotencyStore(SqliteDatabase database) : IIdempotencyStore
{
    public Task<bool> ExistsAsync(string key, long now, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM idempotency_keys WHERE key = $key AND expires_at > $now)";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$now", now);
        return Task.FromResult((long)command.ExecuteScalar()! == 1);
    }

    public Task<IdempotencyClaim> ClaimAsync(
        string key, string requestHash, string claimToken, long now, long leaseUntil, long expiresAt, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            using var select = connection.CreateCommand();
            select.Transaction = transaction;
            select.CommandText = "SELECT request_hash, order_id, status, body, lease_until, expires_at FROM idempotency_keys WHERE key = $key";
            select.Parameters.AddWithValue("$key", key);
            using (var reader = select.ExecuteReader())
            {
                if (reader.Read() && reader.GetInt64(5) > now)
                {
                    var orderId = reader.IsDBNull(1) ? null : reader.GetString(1);
                    if (reader.GetString(0) != requestHash)
                    {
                        return new IdempotencyClaim(IdempotencyState.Mismatch);
                    }
                    if (!reader.IsDBNull(2))
                    {
                        return new IdempotencyClaim(IdempotencyState.Completed, reader.GetInt32(2), reader.GetString(3), orderId);
                    }
                    if (reader.GetInt64(4) > now)
                    {
                        return new IdempotencyClaim(IdempotencyState.InFlight);
                    }
                    if (orderId is not null)
                    {
                        // The first request placed its order and then stopped before answering: answer from the order.
                        return new IdempotencyClaim(IdempotencyState.Completed, OrderId: orderId);
                    }
                }
            }
            Sql.Execute(connection, transaction,
                """
                INSERT INTO idempotency_keys (key, request_hash, claim_token, order_id, status, body, lease_until, expires_at)
                VALUES ($key, $hash, $token, NULL, NULL, NULL, $lease, $expires)
                ON CONFLICT (key) DO UPDATE SET request_hash = excluded.request_hash, claim_token = excluded.claim_token,
                    order_id = NULL, status = NULL, body = NULL, lease_until = excluded.lease_until, expires_at = excluded.expires_at
                """,
                ("$key", key), ("$hash", requestHash), ("$token", claimToken), ("$lease", leaseUntil), ("$expires", expiresAt));
            return new IdempotencyClaim(IdempotencyState.Claimed);
        }, cancellationToken);

    public Task CompleteAsync(string key, int status, string body, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("UPDATE idempotency_keys SET status = $status, body = $body WHERE key = $key",
            cancellationToken, ("$key", key), ("$status", status), ("$body", body));

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM idempotency_keys WHERE key = $key AND order_id IS NULL AND status IS NULL",
            cancellationToken, ("$key", key));

    public Task<int> DeleteExpiredAsync(long now, int limit, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            "DELETE FROM idempotency_keys WHERE key IN (SELECT key FROM idempotency_keys WHERE expires_at <= $now LIMIT $limit)",
            cancellationToken, ("$now", now), ("$limit", limit));
}
