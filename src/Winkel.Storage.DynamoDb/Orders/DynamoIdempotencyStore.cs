using Amazon.DynamoDBv2.Model;
using Winkel.Orders.Storage;

namespace Winkel.Storage.DynamoDb.Orders;

/// <summary>
/// Idempotency-Key records: a claim is a read and a put conditional on the record being what was read,
/// so two requests racing for one key cannot both claim it. <c>expiresAt</c> is the table's TTL.
/// </summary>
internal sealed class DynamoIdempotencyStore(DynamoDb dynamo) : IIdempotencyStore
{
    public async Task<bool> ExistsAsync(string key, long now, CancellationToken cancellationToken = default) =>
        await ReadAsync(key, cancellationToken) is { } item && item.Long("expiresAt") > now;

    public async Task<IdempotencyClaim> ClaimAsync(
        string key, string requestHash, string claimToken, long now, long leaseUntil, long expiresAt, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var item = await ReadAsync(key, cancellationToken);
            if (item is not null && item.Long("expiresAt") > now)
            {
                var orderId = item.Str("orderId");
                if (item.Str("requestHash") != requestHash)
                {
                    return new IdempotencyClaim(IdempotencyState.Mismatch);
                }
                if (item.LongOrNull("status") is { } status)
                {
                    return new IdempotencyClaim(IdempotencyState.Completed, (int)status, item.Str("body"), orderId);
                }
                if (item.Long("leaseUntil") > now)
                {
                    return new IdempotencyClaim(IdempotencyState.InFlight);
                }
                if (orderId is not null)
                {
                    // The first request placed its order and then stopped before answering: answer from the order.
                    return new IdempotencyClaim(IdempotencyState.Completed, OrderId: orderId);
                }
            }
            var put = new PutItemRequest
            {
                TableName = dynamo.IdempotencyKeys,
                Item = new()
                {
                    ["key"] = Attr.S(key),
                    ["requestHash"] = Attr.S(requestHash),
                    ["claimToken"] = Attr.S(claimToken),
                    ["leaseUntil"] = Attr.N(leaseUntil),
                    ["expiresAt"] = Attr.N(expiresAt),
                    ["shard"] = Attr.Shard(key),
                },
                ExpressionAttributeNames = new() { ["#key"] = "key" },
            };
            if (item is null)
            {
                put.ConditionExpression = "attribute_not_exists(#key)";
            }
            else
            {
                put.ConditionExpression = "claimToken = :token AND leaseUntil = :lease AND expiresAt = :expires";
                put.ExpressionAttributeValues = new()
                {
                    [":token"] = item["claimToken"],
                    [":lease"] = item["leaseUntil"],
                    [":expires"] = item["expiresAt"],
                };
                put.ExpressionAttributeNames = null;
            }
            try
            {
                await dynamo.Client.PutItemAsync(put, cancellationToken);
                return new IdempotencyClaim(IdempotencyState.Claimed);
            }
            catch (ConditionalCheckFailedException) when (attempt < 10)
            {
                // Another request changed the record between our read and put: decide again on what it wrote.
            }
        }
    }

    public Task CompleteAsync(string key, int status, string body, CancellationToken cancellationToken = default) =>
        dynamo.Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = dynamo.IdempotencyKeys,
            Key = Attr.Key("key", key),
            UpdateExpression = "SET #status = :status, body = :body",
            ExpressionAttributeNames = new() { ["#status"] = "status" },
            ExpressionAttributeValues = new() { [":status"] = Attr.N(status), [":body"] = Attr.S(body) },
        }, cancellationToken);

    public async Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            await dynamo.Client.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = dynamo.IdempotencyKeys,
                Key = Attr.Key("key", key),
                ConditionExpression = "attribute_not_exists(orderId) AND attribute_not_exists(#status)",
                ExpressionAttributeNames = new() { ["#status"] = "status" },
            }, cancellationToken);
        }
        catch (ConditionalCheckFailedException)
        {
        }
    }

    public async Task<int> DeleteExpiredAsync(long now, int limit, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var key in await Sweep.ExpiredKeysAsync(dynamo, dynamo.IdempotencyKeys, "key", "expiresAt", now, limit, cancellationToken))
        {
            deleted += await Sweep.DeleteIfExpiredAsync(dynamo, dynamo.IdempotencyKeys, Attr.Key("key", key), "expiresAt", now, cancellationToken) is null ? 0 : 1;
        }
        return deleted;
    }

    private async Task<Dictionary<string, AttributeValue>?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = dynamo.IdempotencyKeys,
            Key = Attr.Key("key", key),
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item.Found() ? response.Item : null;
    }
}
