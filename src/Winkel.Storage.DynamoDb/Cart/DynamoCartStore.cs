using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Winkel.Cart;
using Winkel.Cart.Storage;
using CartRecord = Winkel.Cart.Carts.Cart;

namespace Winkel.Storage.DynamoDb.Cart;

/// <summary>
/// Carts in the reference <c>Carts</c> table: one item per <c>userId</c>, <c>expiryTime</c> as its TTL.
/// DynamoDB deletes expired items only within days, so every read checks the expiry itself.
/// </summary>
internal sealed class DynamoCartStore(DynamoDb dynamo) : ICartStore
{
    public async Task<CartRecord?> GetAsync(string ownerId, long now, CancellationToken cancellationToken = default)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = dynamo.Carts,
            Key = Attr.Key("userId", ownerId),
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item.Found() && response.Item.Long("expiryTime") > now
            ? JsonSerializer.Deserialize(response.Item["doc"].S, CartJsonContext.Default.Cart)
            : null;
    }

    public async Task<bool> SaveAsync(CartRecord cart, long now, CancellationToken cancellationToken = default)
    {
        try
        {
            await dynamo.Client.PutItemAsync(new PutItemRequest
            {
                TableName = dynamo.Carts,
                Item = new()
                {
                    ["userId"] = Attr.S(cart.OwnerId),
                    ["doc"] = Attr.S(JsonSerializer.Serialize(cart, CartJsonContext.Default.Cart)),
                    ["expiryTime"] = Attr.N(cart.ExpiresAt),
                    ["version"] = Attr.N(cart.Version),
                    ["itemCount"] = Attr.N(cart.Lines.Sum(l => (long)l.Quantity)),
                    ["shard"] = Attr.Shard(cart.OwnerId),
                },
                ConditionExpression = "attribute_not_exists(userId) OR version = :previous OR expiryTime <= :now",
                ExpressionAttributeValues = new() { [":previous"] = Attr.N(cart.Version - 1), [":now"] = Attr.N(now) },
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    public Task DeleteAsync(string ownerId, CancellationToken cancellationToken = default) =>
        dynamo.Client.DeleteItemAsync(new DeleteItemRequest { TableName = dynamo.Carts, Key = Attr.Key("userId", ownerId) }, cancellationToken);

    public async Task<(int Deleted, int WithItems)> DeleteExpiredAsync(long now, int limit, CancellationToken cancellationToken = default)
    {
        int deleted = 0, withItems = 0;
        foreach (var key in await Sweep.ExpiredKeysAsync(dynamo, dynamo.Carts, "userId", "expiryTime", now, limit, cancellationToken))
        {
            if (await Sweep.DeleteIfExpiredAsync(dynamo, dynamo.Carts, Attr.Key("userId", key), "expiryTime", now, cancellationToken) is { } old)
            {
                deleted++;
                withItems += old.Long("itemCount") > 0 ? 1 : 0;
            }
        }
        return (deleted, withItems);
    }
}
