using Winkel.Catalog.Storage;
using Winkel.Storage.Sqlite;
using Winkel.Storage.Sqlite.Catalog;

namespace Winkel.Storage.Tests.Sqlite;

/// <summary>Listings are index range reads: SQLite's plan must never scan the products table.</summary>
public sealed class SqliteQueryPlanTests : IAsyncLifetime
{
    private readonly SqliteAdapter _adapter = new();

    public static TheoryData<string?, bool, bool> Queries => new()
    {
        { "electronics", false, false },
        { "electronics", true, true },
        { null, false, false },
        { null, true, true },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void List_UsesAnIndex_NeverAScan(string? category, bool descending, bool withCursor)
    {
        var query = new ProductListQuery(category, 1m, 100m, descending, 24, withCursor ? new ProductKey(5m, "p1") : null);
        var database = (SqliteDatabase)_adapter.Services.GetService(typeof(SqliteDatabase))!;
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + SqliteCatalogStore.ListSql(query);
        foreach (var name in new[] { "$category", "$min", "$max", "$afterPrice", "$afterId", "$limit" })
        {
            command.Parameters.AddWithValue(name, name == "$afterId" || name == "$category" ? "x" : 1);
        }

        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        var joined = string.Join(" | ", plan);
        Assert.Contains("USING INDEX products_by_", joined, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", joined, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", joined, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _adapter.DisposeAsync();
}
