using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Winkel.Payments;
using Winkel.Payments.Storage;

namespace Winkel.Storage.DynamoDb.Payments;

/// <summary>
/// The test provider's payments in the <c>Payments</c> table: the payment under its id, a guard item per
/// (order, attempt) written in the same transaction (so one attempt makes one payment), and refunds under
/// the payment keyed by their idempotency key.
/// </summary>
internal sealed class DynamoTestPaymentStore(DynamoDb dynamo) : ITestPaymentStore
{
    private const string PaymentSort = "payment";

    public async Task<TestPayment> CreateOrGetAsync(TestPayment payment, IReadOnlyList<PaymentLogEntry> logWhenCreated, CancellationToken cancellationToken = default)
    {
        var writes = new List<TransactWriteItem>
        {
            new()
            {
                Put = new Put
                {
                    TableName = dynamo.Payments,
                    Item = new(AttemptKey(payment.OrderId, payment.Attempt)) { ["paymentId"] = Attr.S(payment.PaymentId) },
                    ConditionExpression = "attribute_not_exists(pk)",
                },
            },
            new() { Put = new Put { TableName = dynamo.Payments, Item = Item(payment), ConditionExpression = "attribute_not_exists(pk)" } },
        };
        writes.AddRange(logWhenCreated.Select(entry => new TransactWriteItem { Put = new Put { TableName = dynamo.Payments, Item = DynamoPaymentLog.Item(entry) } }));
        try
        {
            await dynamo.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, cancellationToken);
            return payment;
        }
        catch (TransactionCanceledException)
        {
            return await FindAsync(payment.OrderId, payment.Attempt, cancellationToken)
                ?? throw new InvalidOperationException($"Payment of {payment.OrderId} attempt {payment.Attempt} was neither created nor found.");
        }
    }

    public async Task<TestPayment?> GetAsync(string paymentId, CancellationToken cancellationToken = default) =>
        await ReadAsync(PaymentKey(paymentId), cancellationToken) is { } item ? Read(item) : null;

    public async Task<TestPayment?> FindAsync(string orderId, int attempt, CancellationToken cancellationToken = default) =>
        await ReadAsync(AttemptKey(orderId, attempt), cancellationToken) is { } guard ? await GetAsync(guard["paymentId"].S, cancellationToken) : null;

    public async Task<bool> TryFinishAsync(string paymentId, PaymentStatus status, string? declineCode, long now, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<string, AttributeValue>
        {
            [":status"] = Attr.S(status.ToWire()),
            [":now"] = Attr.N(now),
            [":waiting"] = Attr.S(PaymentStatus.RequiresAction.ToWire()),
        };
        if (declineCode is not null)
        {
            values[":decline"] = Attr.S(declineCode);
        }
        try
        {
            await dynamo.Client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = dynamo.Payments,
                Key = PaymentKey(paymentId),
                UpdateExpression = declineCode is null ? "SET #status = :status, updatedAt = :now REMOVE declineCode" : "SET #status = :status, updatedAt = :now, declineCode = :decline",
                ConditionExpression = "#status = :waiting",
                ExpressionAttributeNames = new() { ["#status"] = "status" },
                ExpressionAttributeValues = values,
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    public async Task<TestRefundResult> RefundAsync(
        string paymentId, long amountMinor, string idempotencyKey, string refundId, long now, CancellationToken cancellationToken = default)
    {
        var refundKey = new Dictionary<string, AttributeValue> { ["pk"] = Attr.S(paymentId), ["sk"] = Attr.S("refund#" + idempotencyKey) };
        for (var attempt = 0; ; attempt++)
        {
            var payment = await GetAsync(paymentId, cancellationToken);
            var refunded = payment?.RefundedMinor ?? 0;
            if (await ReadAsync(refundKey, cancellationToken) is { } earlier)
            {
                return new TestRefundResult(new RefundOutcome(RefundStatus.Succeeded, earlier["refundId"].S, earlier.Long("amountMinor"), refunded, null), Replayed: true);
            }
            var refusal = payment is null ? "payment_not_found"
                : payment.Status != PaymentStatus.Succeeded ? "payment_not_succeeded"
                : amountMinor <= 0 ? "invalid_amount"
                : amountMinor > payment.AmountMinor - refunded ? "amount_exceeds_refundable"
                : null;
            if (refusal is not null)
            {
                return new TestRefundResult(RefundOutcome.Refused(refusal, refunded), Replayed: false);
            }
            try
            {
                await dynamo.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
                {
                    TransactItems =
                    [
                        new()
                        {
                            Put = new Put
                            {
                                TableName = dynamo.Payments,
                                Item = new(refundKey) { ["refundId"] = Attr.S(refundId), ["amountMinor"] = Attr.N(amountMinor), ["createdAt"] = Attr.N(now) },
                                ConditionExpression = "attribute_not_exists(pk)",
                            },
                        },
                        new()
                        {
                            Update = new Update
                            {
                                TableName = dynamo.Payments,
                                Key = PaymentKey(paymentId),
                                UpdateExpression = "SET refundedMinor = :after, updatedAt = :now",
                                ConditionExpression = "refundedMinor = :before",
                                ExpressionAttributeValues = new() { [":after"] = Attr.N(refunded + amountMinor), [":before"] = Attr.N(refunded), [":now"] = Attr.N(now) },
                            },
                        },
                    ],
                }, cancellationToken);
                return new TestRefundResult(new RefundOutcome(RefundStatus.Succeeded, refundId, amountMinor, refunded + amountMinor, null), Replayed: false);
            }
            catch (TransactionCanceledException) when (attempt < 50)
            {
                // Another refund of this payment came first: decide again on what it left.
                await Task.Delay(Backoff.Delay(attempt), cancellationToken);
            }
        }
    }

    private async Task<Dictionary<string, AttributeValue>?> ReadAsync(Dictionary<string, AttributeValue> key, CancellationToken cancellationToken)
    {
        var response = await dynamo.Client.GetItemAsync(new GetItemRequest { TableName = dynamo.Payments, Key = key, ConsistentRead = true }, cancellationToken);
        return response.Item.Found() ? response.Item : null;
    }

    private static Dictionary<string, AttributeValue> PaymentKey(string paymentId) => new() { ["pk"] = Attr.S(paymentId), ["sk"] = Attr.S(PaymentSort) };

    private static Dictionary<string, AttributeValue> AttemptKey(string orderId, int attempt) => new()
    {
        ["pk"] = Attr.S(string.Create(CultureInfo.InvariantCulture, $"attempt#{orderId}#{attempt}")),
        ["sk"] = Attr.S("attempt"),
    };

    private static Dictionary<string, AttributeValue> Item(TestPayment payment)
    {
        var item = PaymentKey(payment.PaymentId);
        item["orderId"] = Attr.S(payment.OrderId);
        item["attempt"] = Attr.N(payment.Attempt);
        item["status"] = Attr.S(payment.Status.ToWire());
        item["amountMinor"] = Attr.N(payment.AmountMinor);
        item["currency"] = Attr.S(payment.Currency);
        item["paymentMethod"] = Attr.S(payment.PaymentMethod);
        item["returnUrl"] = Attr.S(payment.ReturnUrl);
        if (payment.DeclineCode is not null)
        {
            item["declineCode"] = Attr.S(payment.DeclineCode);
        }
        item["challengeNonce"] = Attr.S(payment.ChallengeNonce);
        item["refundedMinor"] = Attr.N(payment.RefundedMinor);
        item["createdAt"] = Attr.N(payment.CreatedAt);
        item["updatedAt"] = Attr.N(payment.UpdatedAt);
        return item;
    }

    private static TestPayment Read(Dictionary<string, AttributeValue> item) => new(
        item["pk"].S, item["orderId"].S, (int)item.Long("attempt"), PaymentStatuses.Parse(item["status"].S), item.Long("amountMinor"),
        item["currency"].S, item["paymentMethod"].S, item["returnUrl"].S, item.Str("declineCode"), item["challengeNonce"].S,
        item.Long("refundedMinor"), item.Long("createdAt"), item.Long("updatedAt"));
}
