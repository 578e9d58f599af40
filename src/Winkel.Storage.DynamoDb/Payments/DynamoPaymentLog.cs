using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Winkel.Payments.Storage;

namespace Winkel.Storage.DynamoDb.Payments;

/// <summary>
/// The payment log in the <c>Payments</c> table: one item per entry under <c>log#{orderId}</c>, sorted by
/// time and then by a per-process sequence, so that an order's entries read back in the order written.
/// Winkel only ever puts these items; the deployment's IAM policy can deny updates and deletes of them.
/// </summary>
internal sealed class DynamoPaymentLog(DynamoDb dynamo) : IPaymentLog
{
    private static long _sequence;

    public Task AppendAsync(PaymentLogEntry entry, CancellationToken cancellationToken = default) =>
        dynamo.Client.PutItemAsync(new PutItemRequest { TableName = dynamo.Payments, Item = Item(entry) }, cancellationToken);

    public async Task<IReadOnlyList<PaymentLogEntry>> ListForOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        var entries = new List<PaymentLogEntry>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var response = await dynamo.Client.QueryAsync(new QueryRequest
            {
                TableName = dynamo.Payments,
                KeyConditionExpression = "pk = :pk",
                ExpressionAttributeValues = new() { [":pk"] = Attr.S("log#" + orderId) },
                ConsistentRead = true,
                ExclusiveStartKey = start,
            }, cancellationToken);
            entries.AddRange((response.Items ?? []).Select(Read));
            start = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (start is not null);
        return entries;
    }

    internal static Dictionary<string, AttributeValue> Item(PaymentLogEntry entry)
    {
        // Strictly increasing within the process, and close to wall-clock ticks across processes.
        var ticks = DateTime.UtcNow.Ticks;
        long sequence, next;
        do
        {
            sequence = Interlocked.Read(ref _sequence);
            next = Math.Max(sequence + 1, ticks);
        }
        while (Interlocked.CompareExchange(ref _sequence, next, sequence) != sequence);

        var item = new Dictionary<string, AttributeValue>
        {
            ["pk"] = Attr.S("log#" + (entry.OrderId ?? "none")),
            ["sk"] = Attr.S(string.Create(CultureInfo.InvariantCulture, $"{entry.Time:D19}#{next:D19}")),
            ["time"] = Attr.N(entry.Time),
            ["provider"] = Attr.S(entry.Provider),
            ["kind"] = Attr.S(entry.Kind.ToWire()),
        };
        if (entry.OrderId is not null)
        {
            item["orderId"] = Attr.S(entry.OrderId);
        }
        if (entry.PaymentId is not null)
        {
            item["paymentId"] = Attr.S(entry.PaymentId);
        }
        if (entry.AmountMinor is { } amount)
        {
            item["amountMinor"] = Attr.N(amount);
        }
        if (entry.DeclineCode is not null)
        {
            item["declineCode"] = Attr.S(entry.DeclineCode);
        }
        return item;
    }

    private static PaymentLogEntry Read(Dictionary<string, AttributeValue> item) => new(
        item.Long("time"), item.Str("orderId"), item.Str("paymentId"), item["provider"].S, PaymentLogKinds.Parse(item["kind"].S),
        item.LongOrNull("amountMinor"), item.Str("declineCode"));
}

/// <summary>Webhook event ids in the <c>Payments</c> table, each put only if absent.</summary>
internal sealed class DynamoPaymentEventLog(DynamoDb dynamo) : IPaymentEventLog
{
    public async Task<bool> HasProcessedAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = dynamo.Payments,
            Key = Key(eventId),
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item.Found();
    }

    public async Task<bool> TryRecordAsync(string eventId, string type, string paymentId, long processedAt, CancellationToken cancellationToken = default)
    {
        var item = Key(eventId);
        item["type"] = Attr.S(type);
        item["paymentId"] = Attr.S(paymentId);
        item["processedAt"] = Attr.N(processedAt);
        try
        {
            await dynamo.Client.PutItemAsync(new PutItemRequest
            {
                TableName = dynamo.Payments,
                Item = item,
                ConditionExpression = "attribute_not_exists(pk)",
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    private static Dictionary<string, AttributeValue> Key(string eventId) => new() { ["pk"] = Attr.S("event#" + eventId), ["sk"] = Attr.S("event") };
}
