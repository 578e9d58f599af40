using Amazon.DynamoDBv2.Model;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;

namespace Winkel.Storage.DynamoDb.Catalog;

internal sealed partial class DynamoCatalogStore
{
    private const int MaxAttempts = 50;

    public Task<CatalogWriteResult> CreateAsync(Product product, CancellationToken cancellationToken = default) =>
        WriteAsync(product.ProductId, old => old is null ? product : null, Existing.MustNotExist, CatalogWriteResult.AlreadyExists, cancellationToken);

    public Task<CatalogWriteResult> ReplaceAsync(Product product, CancellationToken cancellationToken = default) =>
        WriteAsync(product.ProductId, old => old is null ? null : product with { CreatedAt = old.CreatedAt },
            Existing.MustExist, CatalogWriteResult.NotFound, cancellationToken);

    public Task<CatalogWriteResult> PatchAsync(string productId, ProductPatch patch, long updatedAt, CancellationToken cancellationToken = default) =>
        WriteAsync(productId, old => old is null ? null : patch.ApplyTo(old, updatedAt), Existing.MustExist, CatalogWriteResult.NotFound, cancellationToken);

    public async Task<bool> DeleteAsync(string productId, long deletedAt, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var item = await ReadItemAsync(productId, consistent: true, cancellationToken);
            if (item is null)
            {
                return false;
            }
            var old = ProductItems.Read(item);
            var position = await feed.AllocateAsync(cancellationToken);
            List<TransactWriteItem> writes =
            [
                new()
                {
                    Delete = new Delete
                    {
                        TableName = dynamo.Products,
                        Key = Attr.Key("productId", productId),
                        ConditionExpression = "version = :v",
                        ExpressionAttributeValues = new() { [":v"] = Attr.N(ProductItems.Version(item)) },
                    },
                },
                feed.Record(position, [(productId, old, null, deletedAt)]),
                .. CategoryCounts.Updates(dynamo, old, null),
            ];
            if (await TryCommitAsync(writes, position, attempt, cancellationToken))
            {
                signal.Notify();
                return true;
            }
        }
    }

    /// <summary>
    /// Each product is its own transaction (product, change record, counters), run several at a time:
    /// an import batch is not atomic on DynamoDB, as the port allows.
    /// </summary>
    public async Task UpsertManyAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken = default)
    {
        if (products.Count == 0)
        {
            return;
        }
        await Parallel.ForEachAsync(products, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (product, ct) => await WriteAsync(product.ProductId, old => old is null ? product : product with { CreatedAt = old.CreatedAt },
                Existing.Either, CatalogWriteResult.NotFound, ct, notify: false));
        signal.Notify();
    }

    private enum Existing
    {
        MustExist,
        MustNotExist,
        Either,
    }

    /// <summary>
    /// Reads the product, lets <paramref name="decide"/> compute the new one (null: no write), and writes it
    /// with its change only if nobody wrote the product in between; otherwise reads again.
    /// </summary>
    private async Task<CatalogWriteResult> WriteAsync(
        string productId, Func<Product?, Product?> decide, Existing existing, CatalogWriteResult onNull,
        CancellationToken cancellationToken, bool notify = true)
    {
        for (var attempt = 0; ; attempt++)
        {
            var item = await ReadItemAsync(productId, consistent: true, cancellationToken);
            var old = item is null ? null : ProductItems.Read(item);
            if ((existing == Existing.MustExist && old is null) || (existing == Existing.MustNotExist && old is not null) || decide(old) is not { } updated)
            {
                return onNull;
            }
            var version = item is null ? 0 : ProductItems.Version(item);
            var position = await feed.AllocateAsync(cancellationToken);
            var put = new Put { TableName = dynamo.Products, Item = ProductItems.Item(updated, version + 1) };
            if (item is null)
            {
                put.ConditionExpression = "attribute_not_exists(productId)";
            }
            else
            {
                put.ConditionExpression = "version = :v";
                put.ExpressionAttributeValues = new() { [":v"] = Attr.N(version) };
            }
            List<TransactWriteItem> writes =
            [
                new() { Put = put },
                feed.Record(position, [(productId, old, updated, updated.UpdatedAt)]),
                .. CategoryCounts.Updates(dynamo, old, updated),
            ];
            if (await TryCommitAsync(writes, position, attempt, cancellationToken))
            {
                if (notify)
                {
                    signal.Notify();
                }
                return CatalogWriteResult.Written(updated);
            }
        }
    }

    /// <summary>Commits, or marks the position skipped and backs off when another write came first.</summary>
    private async Task<bool> TryCommitAsync(List<TransactWriteItem> writes, long position, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await dynamo.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, cancellationToken);
            return true;
        }
        catch (TransactionCanceledException) when (attempt < MaxAttempts)
        {
            await feed.SkipAsync(position, cancellationToken);
            await Task.Delay(Backoff.Delay(attempt), cancellationToken);
            return false;
        }
        catch
        {
            await feed.SkipAsync(position, cancellationToken);
            throw;
        }
    }
}
