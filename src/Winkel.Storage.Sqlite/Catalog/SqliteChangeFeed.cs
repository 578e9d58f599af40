using System.Globalization;
using Winkel.Catalog.Changes;

namespace Winkel.Storage.Sqlite.Catalog;

/// <summary>The change feed is the <c>catalog_changes</c> table, appended in each write's own transaction.</summary>
internal sealed class SqliteChangeFeed(SqliteDatabase database) : ICatalogChangeFeed, IChangeFeedCheckpoints
{
    public Task<IReadOnlyList<CatalogChange>> ReadAsync(long afterPosition, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT position, product_id, old_doc, new_doc, changed_at FROM catalog_changes WHERE position > $after ORDER BY position LIMIT $limit";
        command.Parameters.AddWithValue("$after", afterPosition);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var changes = new List<CatalogChange>();
        while (reader.Read())
        {
            changes.Add(new CatalogChange(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : ProductDocuments.Deserialize(reader.GetString(2)),
                reader.IsDBNull(3) ? null : ProductDocuments.Deserialize(reader.GetString(3)),
                reader.GetInt64(4)));
        }
        return Task.FromResult<IReadOnlyList<CatalogChange>>(changes);
    }

    public Task<long> GetLastPositionAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Scalar("SELECT COALESCE(MAX(position), 0) FROM catalog_changes", null));

    public Task<int> PruneAsync(long changedBefore, int limit, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            "DELETE FROM catalog_changes WHERE position IN " +
            "(SELECT position FROM catalog_changes WHERE changed_at < $before ORDER BY position LIMIT $limit)",
            cancellationToken, ("$before", changedBefore), ("$limit", limit));

    public Task<long> GetAsync(string consumer, CancellationToken cancellationToken = default) =>
        Task.FromResult(Scalar("SELECT COALESCE((SELECT position FROM change_checkpoints WHERE consumer = $consumer), 0)", consumer));

    public Task SaveAsync(string consumer, long position, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            "INSERT INTO change_checkpoints (consumer, position) VALUES ($consumer, $position) " +
            "ON CONFLICT (consumer) DO UPDATE SET position = excluded.position",
            cancellationToken, ("$consumer", consumer), ("$position", position));

    private long Scalar(string sql, string? consumer)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (consumer is not null)
        {
            command.Parameters.AddWithValue("$consumer", consumer);
        }
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
