using Winkel.Payments.Storage;

namespace Winkel.Storage.Sqlite.Payments;

internal sealed class SqlitePaymentEventLog(SqliteDatabase database) : IPaymentEventLog
{
    public Task<bool> HasProcessedAsync(string eventId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM payment_events WHERE event_id = $id";
        command.Parameters.AddWithValue("$id", eventId);
        return Task.FromResult(command.ExecuteScalar() is not null);
    }

    public Task<bool> TryRecordAsync(string eventId, string type, string paymentId, long processedAt, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            using var command = Sql.Command(connection, transaction,
                "INSERT INTO payment_events (event_id, type, payment_id, processed_at) VALUES ($id, $type, $payment, $at) ON CONFLICT (event_id) DO NOTHING");
            command.Parameters.AddWithValue("$id", eventId);
            command.Parameters.AddWithValue("$type", type);
            command.Parameters.AddWithValue("$payment", paymentId);
            command.Parameters.AddWithValue("$at", processedAt);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);
}
