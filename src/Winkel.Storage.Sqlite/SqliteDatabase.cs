using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Winkel.Storage.Sqlite;

/// <summary>
/// The embedded database: one SQLite file in WAL mode (readers never wait for the writer) with
/// <c>synchronous=FULL</c>, so a committed write survives a killed process and a power cut.
/// Writes from this process take turns on an async lock; the busy timeout covers other processes
/// (an <c>import</c> run beside the server).
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public SqliteDatabase(IOptions<SqliteOptions> options)
    {
        var path = options.Value.DatabasePath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Migrate();
    }

    public string ConnectionString { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one IMMEDIATE transaction and commits it.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
        _writeLock.Dispose();
    }

    private void Migrate()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        var applied = Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
        for (var step = applied; step < Schema.Steps.Length; step++)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            Execute(connection, Schema.Steps[step]);
            Execute(connection, $"PRAGMA user_version = {step + 1}");
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
