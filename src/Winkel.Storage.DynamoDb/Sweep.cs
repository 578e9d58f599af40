using Amazon.DynamoDBv2.Model;

namespace Winkel.Storage.DynamoDb;

/// <summary>
/// Background sweeps of expired items through a table's sharded <c>ExpiryIndex</c>: a query per shard,
/// never a scan. TTL would delete them too, but only within days.
/// </summary>
internal static class Sweep
{
    public static async Task<List<string>> ExpiredKeysAsync(
        DynamoDb dynamo, string table, string keyName, string expiryName, long now, int limit, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        foreach (var shard in Attr.Shards())
        {
            if (keys.Count >= limit)
            {
                break;
            }
            var response = await dynamo.Client.QueryAsync(new QueryRequest
            {
                TableName = table,
                IndexName = "ExpiryIndex",
                KeyConditionExpression = "#shard = :shard AND #expiry <= :now",
                ExpressionAttributeNames = new() { ["#shard"] = "shard", ["#expiry"] = expiryName, ["#key"] = keyName },
                ExpressionAttributeValues = new() { [":shard"] = Attr.S(shard), [":now"] = Attr.N(now) },
                ProjectionExpression = "#key",
                Limit = limit - keys.Count,
            }, cancellationToken);
            keys.AddRange((response.Items ?? []).Select(item => item[keyName].S));
        }
        return keys;
    }

    /// <summary>Deletes the item if it is still expired (it may have been refreshed since the index was read); returns its old attributes.</summary>
    public static async Task<Dictionary<string, AttributeValue>?> DeleteIfExpiredAsync(
        DynamoDb dynamo, string table, Dictionary<string, AttributeValue> key, string expiryName, long now, CancellationToken cancellationToken)
    {
        try
        {
            var response = await dynamo.Client.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = table,
                Key = key,
                ConditionExpression = "#expiry <= :now",
                ExpressionAttributeNames = new() { ["#expiry"] = expiryName },
                ExpressionAttributeValues = new() { [":now"] = Attr.N(now) },
                ReturnValues = Amazon.DynamoDBv2.ReturnValue.ALL_OLD,
            }, cancellationToken);
            return response.Attributes.Found() ? response.Attributes : null;
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }
}
