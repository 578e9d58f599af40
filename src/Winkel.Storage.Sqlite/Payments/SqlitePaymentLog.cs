using Winkel.Payments.Storage;

namespace Winkel.Storage.Sqlite.Payments;

/// <summary>The payment log; triggers in the schema refuse every update and delete of its rows.</summary>
internal sealed class SqlitePaymentLog(SqliteDatabase database) : IPaymentLog
{
    public Task AppendAsync(PaymentLogEntry entry, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) => Insert(connection, transaction, entry), cancellationToken);

    internal static int Insert(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, PaymentLogEntry entry)
    {
        using var command = Sql.Command(connection, transaction,
            """
                INSERT INTO payment_log (logged_at, order_id, payment_id, provider, kind, amount_minor, decline_code)
                VALUES ($at, $order, $payment, $provider, $kind, $amount, $decline)
                """);
        command.Parameters.AddWithValue("$at", entry.Time);
        command.Parameters.AddWithValue("$order", (object?)entry.OrderId ?? DBNull.Value);
        command.Parameters.AddWithValue("$payment", (object?)entry.PaymentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$provider", entry.Provider);
        command.Parameters.AddWithValue("$kind", entry.Kind.ToWire());
        command.Parameters.AddWithValue("$amount", (object?)entry.AmountMinor ?? DBNull.Value);
        command.Parameters.AddWithValue("$decline", (object?)entry.DeclineCode ?? DBNull.Value);
        return command.ExecuteNonQuery();
    }

    public Task<IReadOnlyList<PaymentLogEntry>> ListForOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT logged_at, order_id, payment_id, provider, kind, amount_minor, decline_code FROM payment_log WHERE order_id = $order ORDER BY position";
        command.Parameters.AddWithValue("$order", orderId);
        using var reader = command.ExecuteReader();
        var entries = new List<PaymentLogEntry>();
        while (reader.Read())
        {
            entries.Add(new PaymentLogEntry(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), PaymentLogKinds.Parse(reader.GetString(4)), reader.IsDBNull(5) ? null : reader.GetInt64(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return Task.FromResult<IReadOnlyList<PaymentLogEntry>>(entries);
    }
}
