using Amazon.DynamoDBv2.Model;
using Winkel.Identity.Accounts;
using Winkel.Identity.Storage;

namespace Winkel.Storage.DynamoDb.Identity;

/// <summary>Customers by id, and an email item per customer written in the same transaction so that emails stay unique.</summary>
internal sealed class DynamoCustomerStore(DynamoDb dynamo) : ICustomerStore
{
    public async Task<bool> CreateAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        try
        {
            await dynamo.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
            {
                TransactItems =
                [
                    new() { Put = new Put { TableName = dynamo.Customers, Item = Item(customer), ConditionExpression = "attribute_not_exists(customerId)" } },
                    new()
                    {
                        Put = new Put
                        {
                            TableName = dynamo.CustomerEmails,
                            Item = new() { ["email"] = Attr.S(customer.Email), ["customerId"] = Attr.S(customer.CustomerId) },
                            ConditionExpression = "attribute_not_exists(email)",
                        },
                    },
                ],
            }, cancellationToken);
            return true;
        }
        catch (TransactionCanceledException)
        {
            return false;
        }
    }

    public async Task<Customer?> GetAsync(string customerId, CancellationToken cancellationToken = default)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = dynamo.Customers,
            Key = Attr.Key("customerId", customerId),
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item.Found() ? Read(response.Item) : null;
    }

    public async Task<Customer?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = dynamo.CustomerEmails,
            Key = Attr.Key("email", normalizedEmail),
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item.Found() ? await GetAsync(response.Item["customerId"].S, cancellationToken) : null;
    }

    public Task UpdateProfileAsync(string customerId, string name, string passwordHash, IReadOnlyList<string> roles, CancellationToken cancellationToken = default) =>
        UpdateAsync(customerId, "SET #name = :name, passwordHash = :hash, #roles = :roles",
            new() { [":name"] = Attr.S(name), [":hash"] = Attr.S(passwordHash), [":roles"] = Attr.S(string.Join(',', roles)) }, null, cancellationToken);

    /// <summary>One atomic add; the request that reaches the limit locks the account and takes the limit off the count.</summary>
    public async Task RecordFailedLoginAsync(string customerId, int maxFailures, long lockUntil, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await dynamo.Client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = dynamo.Customers,
                Key = Attr.Key("customerId", customerId),
                UpdateExpression = "ADD failedLogins :one",
                ConditionExpression = "attribute_exists(customerId)",
                ExpressionAttributeValues = new() { [":one"] = Attr.N(1) },
                ReturnValues = Amazon.DynamoDBv2.ReturnValue.UPDATED_NEW,
            }, cancellationToken);
            if (response.Attributes.Long("failedLogins") >= maxFailures)
            {
                await UpdateAsync(customerId, "SET lockedUntil = :until, failedLogins = failedLogins - :max",
                    new() { [":until"] = Attr.N(lockUntil), [":max"] = Attr.N(maxFailures) }, "failedLogins >= :max", cancellationToken);
            }
        }
        catch (ConditionalCheckFailedException)
        {
        }
    }

    public Task ResetFailedLoginsAsync(string customerId, CancellationToken cancellationToken = default) =>
        UpdateAsync(customerId, "SET failedLogins = :zero", new() { [":zero"] = Attr.N(0) }, null, cancellationToken);

    public async Task DeleteAsync(string customerId, CancellationToken cancellationToken = default)
    {
        if (await GetAsync(customerId, cancellationToken) is not { } customer)
        {
            return;
        }
        await dynamo.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems =
            [
                new() { Delete = new Delete { TableName = dynamo.Customers, Key = Attr.Key("customerId", customerId) } },
                new()
                {
                    Delete = new Delete
                    {
                        TableName = dynamo.CustomerEmails,
                        Key = Attr.Key("email", customer.Email),
                        ConditionExpression = "attribute_not_exists(email) OR customerId = :id",
                        ExpressionAttributeValues = new() { [":id"] = Attr.S(customerId) },
                    },
                },
            ],
        }, cancellationToken);
    }

    private async Task UpdateAsync(
        string customerId, string update, Dictionary<string, AttributeValue> values, string? condition, CancellationToken cancellationToken)
    {
        try
        {
            await dynamo.Client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = dynamo.Customers,
                Key = Attr.Key("customerId", customerId),
                UpdateExpression = update,
                ConditionExpression = "attribute_exists(customerId)" + (condition is null ? "" : " AND " + condition),
                ExpressionAttributeNames = update.Contains('#', StringComparison.Ordinal) ? new() { ["#name"] = "name", ["#roles"] = "roles" } : null,
                ExpressionAttributeValues = values,
            }, cancellationToken);
        }
        catch (ConditionalCheckFailedException)
        {
        }
    }

    private static Dictionary<string, AttributeValue> Item(Customer customer) => new()
    {
        ["customerId"] = Attr.S(customer.CustomerId),
        ["email"] = Attr.S(customer.Email),
        ["name"] = Attr.S(customer.Name),
        ["passwordHash"] = Attr.S(customer.PasswordHash),
        ["roles"] = Attr.S(string.Join(',', customer.Roles)),
        ["failedLogins"] = Attr.N(customer.FailedLogins),
        ["lockedUntil"] = Attr.N(customer.LockedUntil),
        ["createdAt"] = Attr.N(customer.CreatedAt),
    };

    private static Customer Read(Dictionary<string, AttributeValue> item) => new(
        item["customerId"].S, item["email"].S, item["name"].S, item["passwordHash"].S,
        item["roles"].S.Split(',', StringSplitOptions.RemoveEmptyEntries), (int)item.Long("failedLogins"), item.Long("lockedUntil"), item.Long("createdAt"));
}
