using Microsoft.Data.Sqlite;
using Winkel.Payments.Storage;
using Winkel.Storage.Sqlite;

namespace Winkel.Storage.Tests.Sqlite;

public sealed class SqlitePaymentLogTests : IAsyncLifetime
{
    private readonly SqliteAdapter _adapter = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _adapter.DisposeAsync();

    [Theory]
    [InlineData("UPDATE payment_log SET kind = 'succeeded'")]
    [InlineData("DELETE FROM payment_log")]
    public async Task PaymentLog_RefusesUpdatesAndDeletes_BecauseItIsAppendOnly(string sql)
    {
        var ct = TestContext.Current.CancellationToken;
        await _adapter.Get<IPaymentLog>().AppendAsync(new PaymentLogEntry(1, "ord_1", "pi_1", "test", PaymentLogKind.Failed, 100, "generic_decline"), ct);

        var error = await Assert.ThrowsAsync<SqliteException>(() => _adapter.Get<SqliteDatabase>().WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command.ExecuteNonQuery();
        }, ct));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Single(await _adapter.Get<IPaymentLog>().ListForOrderAsync("ord_1", ct));
    }
}
