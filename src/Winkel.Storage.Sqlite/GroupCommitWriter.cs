using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Winkel.Storage.Sqlite;

/// <summary>
/// One writer thread with its own connection takes every waiting write, runs each in a savepoint of
/// one transaction, and commits them with a single fsync. Under load many writes share one commit
/// (group commit); alone, a write commits at once. Each caller is answered only after the commit.
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    private const int MaxGroup = 256;

    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<SqliteConnection> _open;
    private readonly Thread _thread;

    public GroupCommitWriter(Func<SqliteConnection> open)
    {
        _open = open;
        _thread = new Thread(Run) { IsBackground = true, Name = "sqlite-writer" };
        _thread.Start();
    }

    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        var write = new PendingWrite<T>(work, cancellationToken);
        return _queue.Writer.TryWrite(write) ? write.Task : Task.FromException<T>(new ObjectDisposedException(nameof(SqliteDatabase)));
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _thread.Join();
    }

    private void Run()
    {
        using var connection = _open();
        // synchronous is a per-connection setting: the connection that commits must have it.
        SqliteDatabase.Execute(connection, "PRAGMA synchronous = FULL");
        var group = new List<PendingWrite>(MaxGroup);
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var write))
            {
                if (!write.CancelIfRequested())
                {
                    group.Add(write);
                }
            }
            if (group.Count > 0)
            {
                CommitGroup(connection, group);
                group.Clear();
            }
        }
    }

    private static void CommitGroup(SqliteConnection connection, List<PendingWrite> group)
    {
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var write in group)
            {
                transaction.Save("write");
                try
                {
                    write.Run(connection, transaction);
                    transaction.Release("write");
                }
                catch (Exception ex)
                {
                    transaction.Rollback("write");
                    transaction.Release("write");
                    write.Failed = ex;
                }
            }
            transaction.Commit();
        }
        catch (Exception ex)
        {
            foreach (var write in group)
            {
                write.Failed ??= ex;
                write.Complete();
            }
            return;
        }
        foreach (var write in group)
        {
            write.Complete();
        }
    }

    private abstract class PendingWrite
    {
        public Exception? Failed { get; set; }

        public abstract bool CancelIfRequested();

        public abstract void Run(SqliteConnection connection, SqliteTransaction transaction);

        public abstract void Complete();
    }

    private sealed class PendingWrite<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken) : PendingWrite
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _completion.Task;

        public override bool CancelIfRequested() => cancellationToken.IsCancellationRequested && _completion.TrySetCanceled(cancellationToken);

        public override void Run(SqliteConnection connection, SqliteTransaction transaction) => _result = work(connection, transaction);

        public override void Complete()
        {
            if (Failed is null)
            {
                _completion.TrySetResult(_result!);
            }
            else
            {
                _completion.TrySetException(Failed);
            }
        }
    }
}
