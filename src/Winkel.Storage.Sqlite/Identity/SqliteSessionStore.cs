using Winkel.Identity.Sessions;
using Winkel.Identity.Storage;

namespace Winkel.Storage.Sqlite.Identity;

internal sealed class SqliteSessionStore(SqliteDatabase database) : ISessionStore
{
    private const string Columns = "token_hash, customer_id, email, roles, created_at, expires_at";

    public Task CreateAsync(Session session, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            using var command = Sql.Command(connection, transaction,
                $"INSERT INTO sessions ({Columns}) VALUES ($hash, $customer, $email, $roles, $created, $expires)");
            command.Parameters.AddWithValue("$hash", session.TokenHash);
            command.Parameters.AddWithValue("$customer", session.CustomerId);
            command.Parameters.AddWithValue("$email", session.Email);
            command.Parameters.AddWithValue("$roles", Roles.Join(session.Roles));
            command.Parameters.AddWithValue("$created", session.CreatedAt);
            command.Parameters.AddWithValue("$expires", session.ExpiresAt);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<Session?> GetAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(Query("token_hash", tokenHash).FirstOrDefault());

    public Task<IReadOnlyList<Session>> ListForCustomerAsync(string customerId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Session>>(Query("customer_id", customerId));

    public Task DeleteAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        Delete("token_hash", tokenHash, cancellationToken);

    public Task DeleteForCustomerAsync(string customerId, CancellationToken cancellationToken = default) =>
        Delete("customer_id", customerId, cancellationToken);

    public Task<int> DeleteExpiredAsync(long now, int limit, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            "DELETE FROM sessions WHERE token_hash IN (SELECT token_hash FROM sessions WHERE expires_at <= $now LIMIT $limit)",
            cancellationToken, ("$now", now), ("$limit", limit));

    private List<Session> Query(string column, string value)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM sessions WHERE {column} = $value";
        command.Parameters.AddWithValue("$value", value);
        using var reader = command.ExecuteReader();
        var sessions = new List<Session>();
        while (reader.Read())
        {
            sessions.Add(new Session(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                Roles.Split(reader.GetString(3)), reader.GetInt64(4), reader.GetInt64(5)));
        }
        return sessions;
    }

    private Task Delete(string column, string value, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"DELETE FROM sessions WHERE {column} = $value", cancellationToken, ("$value", value));
}
