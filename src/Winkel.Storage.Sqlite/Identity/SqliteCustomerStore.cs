using Winkel.Identity.Accounts;
using Winkel.Identity.Storage;

namespace Winkel.Storage.Sqlite.Identity;

internal sealed class SqliteCustomerStore(SqliteDatabase database) : ICustomerStore
{
    private const string Columns = "customer_id, email, name, password_hash, roles, failed_logins, locked_until, created_at";

    public async Task<bool> CreateAsync(Customer customer, CancellationToken cancellationToken = default) =>
        await database.WriteAsync((connection, transaction) =>
        {
            using var command = Sql.Command(connection, transaction,
                $"INSERT INTO customers ({Columns}) VALUES ($id, $email, $name, $hash, $roles, $failed, $locked, $created) ON CONFLICT DO NOTHING");
            command.Parameters.AddWithValue("$id", customer.CustomerId);
            command.Parameters.AddWithValue("$email", customer.Email);
            command.Parameters.AddWithValue("$name", customer.Name);
            command.Parameters.AddWithValue("$hash", customer.PasswordHash);
            command.Parameters.AddWithValue("$roles", Roles.Join(customer.Roles));
            command.Parameters.AddWithValue("$failed", customer.FailedLogins);
            command.Parameters.AddWithValue("$locked", customer.LockedUntil);
            command.Parameters.AddWithValue("$created", customer.CreatedAt);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);

    public Task<Customer?> GetAsync(string customerId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Find("customer_id", customerId));

    public Task<Customer?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default) =>
        Task.FromResult(Find("email", normalizedEmail));

    public Task UpdateProfileAsync(string customerId, string name, string passwordHash, IReadOnlyList<string> roles, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("UPDATE customers SET name = $name, password_hash = $hash, roles = $roles WHERE customer_id = $id", cancellationToken,
            ("$id", customerId), ("$name", name), ("$hash", passwordHash), ("$roles", Roles.Join(roles)));

    public Task RecordFailedLoginAsync(string customerId, int maxFailures, long lockUntil, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            """
            UPDATE customers SET
                locked_until = CASE WHEN failed_logins + 1 >= $max THEN $until ELSE locked_until END,
                failed_logins = CASE WHEN failed_logins + 1 >= $max THEN 0 ELSE failed_logins + 1 END
            WHERE customer_id = $id
            """,
            cancellationToken, ("$id", customerId), ("$max", maxFailures), ("$until", lockUntil));

    public Task ResetFailedLoginsAsync(string customerId, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("UPDATE customers SET failed_logins = 0 WHERE customer_id = $id", cancellationToken, ("$id", customerId));

    public Task DeleteAsync(string customerId, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM customers WHERE customer_id = $id", cancellationToken, ("$id", customerId));

    private Customer? Find(string column, string value)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM customers WHERE {column} = $value";
        command.Parameters.AddWithValue("$value", value);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new Customer(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Roles.Split(reader.GetString(4)), reader.GetInt32(5), reader.GetInt64(6), reader.GetInt64(7))
            : null;
    }


}

internal static class Roles
{
    public static string Join(IReadOnlyList<string> roles) => string.Join(',', roles);

    public static IReadOnlyList<string> Split(string roles) => roles.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
