using Amazon.DynamoDBv2.Model;

namespace Winkel.Storage.DynamoDb;

/// <summary>Batch reads and writes that resend what DynamoDB left unprocessed.</summary>
internal static class DynamoBatch
{
    public static async Task WriteAsync(DynamoDb dynamo, string table, List<WriteRequest> requests, CancellationToken cancellationToken)
    {
        var pending = new Dictionary<string, List<WriteRequest>> { [table] = requests };
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(Backoff.Delay(attempt), cancellationToken);
            }
            var response = await dynamo.Client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending }, cancellationToken);
            pending = response.UnprocessedItems is { Count: > 0 } left ? left : [];
        }
    }

    /// <summary>Reads the items with the given keys (at most 100 a call), strongly consistent.</summary>
    public static async Task<List<Dictionary<string, AttributeValue>>> GetAsync(
        DynamoDb dynamo, string table, IEnumerable<Dictionary<string, AttributeValue>> keys, CancellationToken cancellationToken, string? projection = null)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        foreach (var chunk in keys.Chunk(100))
        {
            var pending = new Dictionary<string, KeysAndAttributes>
            {
                [table] = new KeysAndAttributes { Keys = chunk.ToList(), ConsistentRead = true, ProjectionExpression = projection },
            };
            for (var attempt = 0; pending.Count > 0; attempt++)
            {
                if (attempt > 0)
                {
                    await Task.Delay(Backoff.Delay(attempt), cancellationToken);
                }
                var response = await dynamo.Client.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = pending }, cancellationToken);
                if (response.Responses is not null && response.Responses.TryGetValue(table, out var found))
                {
                    items.AddRange(found);
                }
                pending = response.UnprocessedKeys is { Count: > 0 } left ? left : [];
            }
        }
        return items;
    }
}

/// <summary>
/// Exponential backoff with full jitter, for retries of our own (lost optimistic races, unprocessed batch
/// items). Capped low: a lost race on a hot product is retried at once by design, not throttled.
/// </summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(100, 2 * Math.Pow(2, Math.Min(attempt, 10))));
}
