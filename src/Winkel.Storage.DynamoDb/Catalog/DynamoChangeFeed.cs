using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Winkel.Catalog;
using Winkel.Catalog.Changes;
using Winkel.Catalog.Products;

namespace Winkel.Storage.DynamoDb.Catalog;

/// <summary>
/// The change feed as a table of its own (<c>CatalogChanges</c>), not DynamoDB Streams: each write puts
/// one change record in the same transaction as the product write, so a change exists exactly when its
/// write committed, is kept as long as the retention says (streams keep 24 h), and is read with a plain
/// query on every node. A record sits at a position taken from an atomic counter before the transaction
/// and holds the changes of one transaction (a checkout changes several products at once); a change's
/// <see cref="CatalogChange.Position"/> is <c>record × 128 + index</c>.
/// </summary>
/// <remarks>
/// Positions are taken before commit, so a record can commit after a higher one. Readers therefore
/// stop at a missing position and wait for it — unless the record after the gap was written more than
/// <see cref="GapTimeout"/> ago, when the writer has certainly failed (a write whose transaction is
/// refused puts a skip record at its position at once, so only a crash leaves such a gap).
/// </remarks>
internal sealed class DynamoChangeFeed(DynamoDb dynamo, TimeProvider time) : ICatalogChangeFeed, IChangeFeedCheckpoints
{
    public const int PerRecord = 128;
    private const string Feed = "catalog";
    internal static readonly TimeSpan GapTimeout = TimeSpan.FromSeconds(15);

    private static Dictionary<string, AttributeValue> CounterKey => new() { ["pk"] = Attr.S("feed"), ["sk"] = Attr.S("sequence") };

    private static Dictionary<string, AttributeValue> PrunedKey => new() { ["pk"] = Attr.S("feed"), ["sk"] = Attr.S("pruned") };

    /// <summary>Takes the next record position.</summary>
    public async Task<long> AllocateAsync(CancellationToken cancellationToken)
    {
        var response = await dynamo.Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = dynamo.Meta,
            Key = CounterKey,
            UpdateExpression = "ADD #seq :one",
            ExpressionAttributeNames = new() { ["#seq"] = "seq" },
            ExpressionAttributeValues = new() { [":one"] = Attr.N(1) },
            ReturnValues = Amazon.DynamoDBv2.ReturnValue.UPDATED_NEW,
        }, cancellationToken);
        return response.Attributes.Long("seq");
    }

    /// <summary>The put of one change record, to go into the transaction of the write that made the changes.</summary>
    public TransactWriteItem Record(long position, IReadOnlyList<(string ProductId, Product? Old, Product? New, long At)> changes) => new()
    {
        Put = new Put
        {
            TableName = dynamo.CatalogChanges,
            Item = new()
            {
                ["feed"] = Attr.S(Feed),
                ["position"] = Attr.N(position),
                ["writtenAt"] = Attr.N(time.GetUtcNow().ToUnixTimeMilliseconds()),
                ["changedAt"] = Attr.N(changes.Max(c => c.At)),
                ["changes"] = new AttributeValue
                {
                    L = changes.Select(c => new AttributeValue
                    {
                        M = new()
                        {
                            ["productId"] = Attr.S(c.ProductId),
                            ["changedAt"] = Attr.N(c.At),
                            ["old"] = c.Old is null ? new AttributeValue { NULL = true } : Attr.S(Serialize(c.Old)),
                            ["new"] = c.New is null ? new AttributeValue { NULL = true } : Attr.S(Serialize(c.New)),
                        },
                    }).ToList(),
                },
            },
            // A skip record put by a writer that gave up on this position must stay: then the write fails too.
            ConditionExpression = "attribute_not_exists(#pos)",
            ExpressionAttributeNames = new() { ["#pos"] = "position" },
        },
    };

    /// <summary>Marks a position whose write did not commit, so that readers need not wait for it.</summary>
    public async Task SkipAsync(long position, CancellationToken cancellationToken)
    {
        try
        {
            await dynamo.Client.PutItemAsync(new PutItemRequest
            {
                TableName = dynamo.CatalogChanges,
                Item = new()
                {
                    ["feed"] = Attr.S(Feed),
                    ["position"] = Attr.N(position),
                    ["writtenAt"] = Attr.N(time.GetUtcNow().ToUnixTimeMilliseconds()),
                    ["changedAt"] = Attr.N(time.GetUtcNow().ToUnixTimeSeconds()),
                    ["changes"] = new AttributeValue { L = [] },
                },
                ConditionExpression = "attribute_not_exists(#pos)",
                ExpressionAttributeNames = new() { ["#pos"] = "position" },
            }, CancellationToken.None);
        }
        catch (ConditionalCheckFailedException)
        {
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Readers pass the gap after GapTimeout anyway.
        }
    }

    public async Task<IReadOnlyList<CatalogChange>> ReadAsync(long afterPosition, int limit, CancellationToken cancellationToken = default)
    {
        // A change after a position may be in the same record (a checkout's later products), so that record is read again.
        var expected = Math.Max(afterPosition / PerRecord, await PrunedThroughAsync(cancellationToken) + 1);
        var changes = new List<CatalogChange>();
        Dictionary<string, AttributeValue>? start = null;
        var staleBefore = time.GetUtcNow().ToUnixTimeMilliseconds() - (long)GapTimeout.TotalMilliseconds;
        do
        {
            var response = await dynamo.Client.QueryAsync(new QueryRequest
            {
                TableName = dynamo.CatalogChanges,
                KeyConditionExpression = "feed = :feed AND #pos >= :from",
                ExpressionAttributeNames = new() { ["#pos"] = "position" },
                ExpressionAttributeValues = new() { [":feed"] = Attr.S(Feed), [":from"] = Attr.N(expected) },
                ConsistentRead = true,
                Limit = Math.Min(limit + 8, 1000),
                ExclusiveStartKey = start,
            }, cancellationToken);
            foreach (var item in response.Items ?? [])
            {
                var record = item.Long("position");
                if (record != expected && item.Long("writtenAt") > staleBefore)
                {
                    return changes; // an earlier position may still commit: wait for it
                }
                var entries = item["changes"].L ?? [];
                for (var i = 0; i < entries.Count; i++)
                {
                    var position = record * PerRecord + i;
                    if (position <= afterPosition)
                    {
                        continue;
                    }
                    var entry = entries[i].M;
                    changes.Add(new CatalogChange(position, entry.Str("productId")!, Image(entry, "old"), Image(entry, "new"), entry.Long("changedAt")));
                    if (changes.Count == limit)
                    {
                        return changes;
                    }
                }
                expected = record + 1;
            }
            start = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (start is not null);
        return changes;
    }

    public async Task<long> GetLastPositionAsync(CancellationToken cancellationToken = default)
    {
        var response = await dynamo.Client.QueryAsync(new QueryRequest
        {
            TableName = dynamo.CatalogChanges,
            KeyConditionExpression = "feed = :feed",
            ExpressionAttributeValues = new() { [":feed"] = Attr.S(Feed) },
            ConsistentRead = true,
            ScanIndexForward = false,
            Limit = 1,
        }, cancellationToken);
        if (response.Items is not { Count: > 0 } items)
        {
            return 0;
        }
        var record = items[0].Long("position");
        var count = items[0]["changes"].L?.Count ?? 0;
        return record * PerRecord + Math.Max(0, count - 1);
    }

    /// <summary>Deletes the oldest records while their changes are older than <paramref name="changedBefore"/>, and marks how far it got.</summary>
    public async Task<int> PruneAsync(long changedBefore, int limit, CancellationToken cancellationToken = default)
    {
        var pruned = await PrunedThroughAsync(cancellationToken);
        var response = await dynamo.Client.QueryAsync(new QueryRequest
        {
            TableName = dynamo.CatalogChanges,
            KeyConditionExpression = "feed = :feed AND #pos > :after",
            ExpressionAttributeNames = new() { ["#pos"] = "position" },
            ExpressionAttributeValues = new() { [":feed"] = Attr.S(Feed), [":after"] = Attr.N(pruned) },
            ProjectionExpression = "#pos, changedAt, changes",
            ConsistentRead = true,
            Limit = limit,
        }, cancellationToken);
        var old = (response.Items ?? []).TakeWhile(item => item.Long("changedAt") < changedBefore).ToList();
        if (old.Count == 0)
        {
            return 0;
        }
        var through = old[^1].Long("position");
        await dynamo.Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = dynamo.Meta,
            Key = PrunedKey,
            UpdateExpression = "SET #through = :through",
            ConditionExpression = "attribute_not_exists(#through) OR #through < :through",
            ExpressionAttributeNames = new() { ["#through"] = "through" },
            ExpressionAttributeValues = new() { [":through"] = Attr.N(through) },
        }, cancellationToken);
        foreach (var chunk in old.Chunk(25))
        {
            var requests = chunk.Select(item => new WriteRequest(new DeleteRequest(new() { ["feed"] = Attr.S(Feed), ["position"] = item["position"] }))).ToList();
            await DynamoBatch.WriteAsync(dynamo, dynamo.CatalogChanges, requests, cancellationToken);
        }
        return old.Sum(item => Math.Max(1, item["changes"].L?.Count ?? 0));
    }

    public async Task<long> GetAsync(string consumer, CancellationToken cancellationToken = default)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = dynamo.Meta,
            Key = new() { ["pk"] = Attr.S("checkpoint"), ["sk"] = Attr.S(consumer) },
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item.Found() ? response.Item.Long("position") : 0;
    }

    public Task SaveAsync(string consumer, long position, CancellationToken cancellationToken = default) =>
        dynamo.Client.PutItemAsync(new PutItemRequest
        {
            TableName = dynamo.Meta,
            Item = new() { ["pk"] = Attr.S("checkpoint"), ["sk"] = Attr.S(consumer), ["position"] = Attr.N(position) },
        }, cancellationToken);

    private async Task<long> PrunedThroughAsync(CancellationToken cancellationToken)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest { TableName = dynamo.Meta, Key = PrunedKey, ConsistentRead = true }, cancellationToken);
        return response.Item.Found() ? response.Item.Long("through") : 0;
    }

    private static Product? Image(Dictionary<string, AttributeValue> entry, string name) =>
        entry.TryGetValue(name, out var value) && value.S is { } json ? JsonSerializer.Deserialize(json, CatalogJsonContext.Default.Product) : null;

    internal static string Serialize(Product product) => JsonSerializer.Serialize(product, CatalogJsonContext.Default.Product);
}
