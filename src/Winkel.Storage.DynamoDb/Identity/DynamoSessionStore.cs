using Amazon.DynamoDBv2.Model;
using Winkel.Identity.Sessions;
using Winkel.Identity.Storage;

namespace Winkel.Storage.DynamoDb.Identity;

/// <summary>Sessions by token hash; a customer's sessions through <c>CustomerIndex</c>.</summary>
internal sealed class DynamoSessionStore(DynamoDb dynamo) : ISessionStore
{
    public Task CreateAsync(Session session, CancellationToken cancellationToken = default) =>
        dynamo.Client.PutItemAsync(new PutItemRequest
        {
            TableName = dynamo.Sessions,
            Item = new()
            {
                ["tokenHash"] = Attr.S(session.TokenHash),
                ["customerId"] = Attr.S(session.CustomerId),
                ["email"] = Attr.S(session.Email),
                ["roles"] = Attr.S(string.Join(',', session.Roles)),
                ["createdAt"] = Attr.N(session.CreatedAt),
                ["expiresAt"] = Attr.N(session.ExpiresAt),
                ["shard"] = Attr.Shard(session.TokenHash),
            },
        }, cancellationToken);

    public async Task<Session?> GetAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = dynamo.Sessions,
            Key = Attr.Key("tokenHash", tokenHash),
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item.Found() ? Read(response.Item) : null;
    }

    public async Task<IReadOnlyList<Session>> ListForCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        var sessions = new List<Session>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var response = await dynamo.Client.QueryAsync(new QueryRequest
            {
                TableName = dynamo.Sessions,
                IndexName = "CustomerIndex",
                KeyConditionExpression = "customerId = :c",
                ExpressionAttributeValues = new() { [":c"] = Attr.S(customerId) },
                ExclusiveStartKey = start,
            }, cancellationToken);
            sessions.AddRange((response.Items ?? []).Select(Read));
            start = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (start is not null);
        return sessions;
    }

    public Task DeleteAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        dynamo.Client.DeleteItemAsync(new DeleteItemRequest { TableName = dynamo.Sessions, Key = Attr.Key("tokenHash", tokenHash) }, cancellationToken);

    public async Task DeleteForCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        foreach (var session in await ListForCustomerAsync(customerId, cancellationToken))
        {
            await DeleteAsync(session.TokenHash, cancellationToken);
        }
    }

    public async Task<int> DeleteExpiredAsync(long now, int limit, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var key in await Sweep.ExpiredKeysAsync(dynamo, dynamo.Sessions, "tokenHash", "expiresAt", now, limit, cancellationToken))
        {
            deleted += await Sweep.DeleteIfExpiredAsync(dynamo, dynamo.Sessions, Attr.Key("tokenHash", key), "expiresAt", now, cancellationToken) is null ? 0 : 1;
        }
        return deleted;
    }

    private static Session Read(Dictionary<string, AttributeValue> item) => new(
        item["tokenHash"].S, item["customerId"].S, item["email"].S, item["roles"].S.Split(',', StringSplitOptions.RemoveEmptyEntries),
        item.Long("createdAt"), item.Long("expiresAt"));
}
