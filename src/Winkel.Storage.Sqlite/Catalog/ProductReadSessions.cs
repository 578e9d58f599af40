using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Winkel.Storage.Sqlite.Catalog;

/// <summary>
/// Open read connections, each with the product-detail statement already prepared, lent out one per
/// request: the hottest read skips opening a pooled connection and parsing and planning its SQL.
/// </summary>
internal sealed class ProductReadSessions(SqliteDatabase database) : IDisposable
{
    private const int MaxIdle = 32;
    private readonly ConcurrentBag<Session> _idle = [];

    public Session Rent() => _idle.TryTake(out var session) ? session : new Session(database.Open());

    public void Return(Session session)
    {
        if (_idle.Count < MaxIdle)
        {
            _idle.Add(session);
        }
        else
        {
            session.Dispose();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    internal sealed class Session : IDisposable
    {
        private readonly SqliteConnection _connection;

        public Session(SqliteConnection connection)
        {
            _connection = connection;
            GetStored = connection.CreateCommand();
            GetStored.CommandText = "SELECT doc, price_cents, product_id FROM products WHERE product_id = $id";
            GetStored.Parameters.Add(new SqliteParameter("$id", SqliteType.Text));
            GetStored.Prepare();
        }

        public SqliteCommand GetStored { get; }

        public void Dispose()
        {
            GetStored.Dispose();
            _connection.Dispose();
        }
    }
}
