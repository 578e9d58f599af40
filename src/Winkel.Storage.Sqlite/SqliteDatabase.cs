using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Winkel.Storage.Sqlite;

/// <summary>
/// The embedded database: one SQLite file in WAL mode (readers never wait for the writer) with
/// <c>synchronous=FULL</c>, so a committed write survives a killed process and a power cut.
/// All writes of this process go through <see cref="WriteAsync{T}"/>, which a single writer commits in
/// groups (see <see cref="GroupCommitWriter"/>); the busy timeout covers other processes, such as an
/// <c>import</c> run beside the server.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    /// <summary>Spans of store calls (<c>Winkel.Storage</c>), exported with every <c>Winkel.*</c> source.</summary>
    public static readonly ActivitySource ActivitySource = new("Winkel.Storage");

    private readonly GroupCommitWriter _writer;
    private readonly string _path;

    public SqliteDatabase(IOptions<SqliteOptions> options)
    {
        var path = _path = options.Value.DatabasePath;
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
        _writer = new GroupCommitWriter(Open);
    }

    public string ConnectionString { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> inside a write transaction and completes once that transaction is
    /// committed to disk. If <paramref name="work"/> throws, its own changes are rolled back and the
    /// exception is rethrown to the caller; other writes committed with it are unaffected.
    /// <paramref name="work"/> must not call <see cref="WriteAsync{T}"/> itself.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        using var activity = ActivitySource.StartActivity("sqlite.write");
        return await _writer.WriteAsync(work, cancellationToken);
    }

    /// <summary>
    /// Throws unless the database file this process opened can still be opened and read: a fresh,
    /// unpooled connection that may not create the file, so a file or folder that went away (an
    /// unmounted volume, a deleted data folder) fails here although pooled connections still hold it open.
    /// </summary>
    public void CheckReachable()
    {
        var connectionString = new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 5 }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            throw new InvalidOperationException($"The database at {_path} is empty: it is not the one this process opened.");
        }
    }

    /// <summary>One statement as a write of its own (see <see cref="WriteAsync{T}"/>); returns the rows changed.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        WriteAsync((connection, transaction) => Sql.Execute(connection, transaction, sql, parameters), cancellationToken);

    public void Dispose()
    {
        _writer.Dispose();
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
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

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
