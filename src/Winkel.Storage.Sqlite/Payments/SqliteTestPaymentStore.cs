using Microsoft.Data.Sqlite;
using Winkel.Payments;
using Winkel.Payments.Storage;

namespace Winkel.Storage.Sqlite.Payments;

internal sealed class SqliteTestPaymentStore(SqliteDatabase database) : ITestPaymentStore
{
    private const string Columns =
        "payment_id, order_id, attempt, status, amount_minor, currency, payment_method, return_url, decline_code, challenge_nonce, refunded_minor, created_at, updated_at";

    public Task<TestPayment> CreateOrGetAsync(
        TestPayment payment, IReadOnlyList<PaymentLogEntry> logWhenCreated, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            using (var insert = Sql.Command(connection, transaction,
                $"""
                INSERT INTO test_payments ({Columns})
                VALUES ($id, $order, $attempt, $status, $amount, $currency, $method, $return, $decline, $nonce, $refunded, $created, $updated)
                ON CONFLICT (order_id, attempt) DO NOTHING
                """))
            {
                insert.Parameters.AddWithValue("$id", payment.PaymentId);
                insert.Parameters.AddWithValue("$order", payment.OrderId);
                insert.Parameters.AddWithValue("$attempt", payment.Attempt);
                insert.Parameters.AddWithValue("$status", payment.Status.ToWire());
                insert.Parameters.AddWithValue("$amount", payment.AmountMinor);
                insert.Parameters.AddWithValue("$currency", payment.Currency);
                insert.Parameters.AddWithValue("$method", payment.PaymentMethod);
                insert.Parameters.AddWithValue("$return", payment.ReturnUrl);
                insert.Parameters.AddWithValue("$decline", (object?)payment.DeclineCode ?? DBNull.Value);
                insert.Parameters.AddWithValue("$nonce", payment.ChallengeNonce);
                insert.Parameters.AddWithValue("$refunded", payment.RefundedMinor);
                insert.Parameters.AddWithValue("$created", payment.CreatedAt);
                insert.Parameters.AddWithValue("$updated", payment.UpdatedAt);
                if (insert.ExecuteNonQuery() == 1)
                {
                    foreach (var entry in logWhenCreated)
                    {
                        SqlitePaymentLog.Insert(connection, transaction, entry);
                    }
                }
            }
            using var select = Sql.Command(connection, transaction, $"SELECT {Columns} FROM test_payments WHERE order_id = $order AND attempt = $attempt");
            select.Parameters.AddWithValue("$order", payment.OrderId);
            select.Parameters.AddWithValue("$attempt", payment.Attempt);
            return ReadOne(select)!;
        }, cancellationToken);

    public Task<TestPayment?> GetAsync(string paymentId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM test_payments WHERE payment_id = $id";
        command.Parameters.AddWithValue("$id", paymentId);
        return Task.FromResult(ReadOne(command));
    }

    public Task<TestPayment?> FindAsync(string orderId, int attempt, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM test_payments WHERE order_id = $order AND attempt = $attempt";
        command.Parameters.AddWithValue("$order", orderId);
        command.Parameters.AddWithValue("$attempt", attempt);
        return Task.FromResult(ReadOne(command));
    }

    public Task<bool> TryFinishAsync(string paymentId, PaymentStatus status, string? declineCode, long now, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            using var command = Sql.Command(connection, transaction,
                "UPDATE test_payments SET status = $status, decline_code = $decline, updated_at = $now WHERE payment_id = $id AND status = $waiting");
            command.Parameters.AddWithValue("$id", paymentId);
            command.Parameters.AddWithValue("$status", status.ToWire());
            command.Parameters.AddWithValue("$decline", (object?)declineCode ?? DBNull.Value);
            command.Parameters.AddWithValue("$now", now);
            command.Parameters.AddWithValue("$waiting", PaymentStatus.RequiresAction.ToWire());
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);

    public Task<TestRefundResult> RefundAsync(
        string paymentId, long amountMinor, string idempotencyKey, string refundId, long now, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            var (status, amount, refunded) = PaymentOf(connection, transaction, paymentId);
            using (var earlier = Sql.Command(connection, transaction,
                "SELECT refund_id, amount_minor FROM test_payment_refunds WHERE payment_id = $id AND idempotency_key = $key"))
            {
                earlier.Parameters.AddWithValue("$id", paymentId);
                earlier.Parameters.AddWithValue("$key", idempotencyKey);
                using var reader = earlier.ExecuteReader();
                if (reader.Read())
                {
                    return new TestRefundResult(new RefundOutcome(RefundStatus.Succeeded, reader.GetString(0), reader.GetInt64(1), refunded, null), Replayed: true);
                }
            }
            var refusal = status is null ? "payment_not_found"
                : status != PaymentStatus.Succeeded ? "payment_not_succeeded"
                : amountMinor <= 0 ? "invalid_amount"
                : amountMinor > amount - refunded ? "amount_exceeds_refundable"
                : null;
            if (refusal is not null)
            {
                return new TestRefundResult(RefundOutcome.Refused(refusal, refunded), Replayed: false);
            }
            using (var insert = Sql.Command(connection, transaction,
                """
                INSERT INTO test_payment_refunds (payment_id, idempotency_key, refund_id, amount_minor, created_at) VALUES ($id, $key, $refund, $amount, $now);
                UPDATE test_payments SET refunded_minor = refunded_minor + $amount, updated_at = $now WHERE payment_id = $id;
                """))
            {
                insert.Parameters.AddWithValue("$id", paymentId);
                insert.Parameters.AddWithValue("$key", idempotencyKey);
                insert.Parameters.AddWithValue("$refund", refundId);
                insert.Parameters.AddWithValue("$amount", amountMinor);
                insert.Parameters.AddWithValue("$now", now);
                insert.ExecuteNonQuery();
            }
            return new TestRefundResult(new RefundOutcome(RefundStatus.Succeeded, refundId, amountMinor, refunded + amountMinor, null), Replayed: false);
        }, cancellationToken);

    private static (PaymentStatus? Status, long Amount, long Refunded) PaymentOf(SqliteConnection connection, SqliteTransaction transaction, string paymentId)
    {
        using var command = Sql.Command(connection, transaction, "SELECT status, amount_minor, refunded_minor FROM test_payments WHERE payment_id = $id");
        command.Parameters.AddWithValue("$id", paymentId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (PaymentStatuses.Parse(reader.GetString(0)), reader.GetInt64(1), reader.GetInt64(2)) : (null, 0, 0);
    }

    private static TestPayment? ReadOne(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        return new TestPayment(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), PaymentStatuses.Parse(reader.GetString(3)),
            reader.GetInt64(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.GetString(9), reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12));
    }

}
