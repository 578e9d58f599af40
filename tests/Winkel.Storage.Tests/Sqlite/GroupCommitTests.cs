using Microsoft.Data.Sqlite;
using Winkel.Storage.Sqlite;

namespace Winkel.Storage.Tests.Sqlite;

/// <summary>Writes committed together still succeed or fail one by one.</summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private readonly SqliteAdapter _adapter = new();

    private SqliteDatabase Database => (SqliteDatabase)_adapter.Services.GetService(typeof(SqliteDatabase))!;

    [Fact]
    public async Task AFailingWrite_RollsBackOnlyItsOwnChanges_AndTheOthersCommit()
    {
        var writes = Enumerable.Range(0, 60).Select(i => Database.WriteAsync((connection, transaction) =>
        {
            Insert(connection, transaction, $"consumer-{i}", i);
            if (i % 5 == 0)
            {
                throw new InvalidOperationException($"write {i} fails after its insert");
            }
            return i;
        }, TestContext.Current.CancellationToken)).ToList();

        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                return await w;
            }
            catch (InvalidOperationException)
            {
                return -1;
            }
        }));

        Assert.Equal(12, outcomes.Count(o => o == -1));
        using var connection = Database.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*), SUM(position % 5 = 0) FROM change_checkpoints";
        using var reader = count.ExecuteReader();
        reader.Read();
        Assert.Equal(48, reader.GetInt32(0));
        Assert.Equal(0, reader.GetInt32(1));
    }

    [Fact]
    public async Task TheConnectionThatCommits_SyncsEveryCommitToDisk_InWalMode()
    {
        var (synchronous, journal) = await Database.WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "PRAGMA synchronous";
            var sync = (long)command.ExecuteScalar()!;
            command.CommandText = "PRAGMA journal_mode";
            return (sync, (string)command.ExecuteScalar()!);
        }, TestContext.Current.CancellationToken);

        Assert.Equal(2L, synchronous); // FULL
        Assert.Equal("wal", journal);
    }

    [Fact]
    public async Task AWriteWhoseCallerGaveUpBeforeItsTurn_IsNotRun()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var write = Database.WriteAsync((connection, transaction) => Insert(connection, transaction, "never", 1), cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        using var connection = Database.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM change_checkpoints";
        Assert.Equal(0L, (long)count.ExecuteScalar()!);
    }

    private static int Insert(SqliteConnection connection, SqliteTransaction transaction, string consumer, long position)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO change_checkpoints (consumer, position) VALUES ($c, $p)";
        insert.Parameters.AddWithValue("$c", consumer);
        insert.Parameters.AddWithValue("$p", position);
        return insert.ExecuteNonQuery();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _adapter.DisposeAsync();
}
