using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Winkel.Storage.DynamoDb.Tables;

namespace Winkel.Storage.DynamoDb;

/// <summary>
/// Creates Winkel's tables from <see cref="WinkelTables.All"/> — the records the CDK app builds from too —
/// for local and first-time use (<c>Winkel.Server tables create</c>). Idempotent: existing tables are
/// left as they are, apart from switching on TTL and point-in-time recovery where they are off.
/// </summary>
internal sealed class TableSetup(DynamoDb dynamo)
{
    /// <summary>Creates the missing tables and waits until all are active; returns the physical names created.</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(CancellationToken cancellationToken)
    {
        var created = await Task.WhenAll(WinkelTables.All.Select(table => CreateOneAsync(table, cancellationToken)));
        return created.OfType<string>().ToList();
    }

    /// <summary>Deletes every table of the prefix (tests use a fresh prefix each and clean up after).</summary>
    internal Task DeleteAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(WinkelTables.All.Select(async table =>
        {
            try
            {
                await dynamo.Client.DeleteTableAsync(dynamo.Name(table), cancellationToken);
            }
            catch (ResourceNotFoundException)
            {
            }
        }));

    private async Task<string?> CreateOneAsync(TableDefinition table, CancellationToken cancellationToken)
    {
        var name = dynamo.Name(table);
        string? created = null;
        try
        {
            await dynamo.Client.CreateTableAsync(Request(table, name), cancellationToken);
            created = name;
        }
        catch (ResourceInUseException)
        {
            // Already there (or being created by another node): fine.
        }
        await WaitActiveAsync(name, cancellationToken);
        if (table.TimeToLiveAttribute is { } ttl)
        {
            var current = await dynamo.Client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = name }, cancellationToken);
            if (current.TimeToLiveDescription?.TimeToLiveStatus != TimeToLiveStatus.ENABLED)
            {
                await dynamo.Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
                {
                    TableName = name,
                    TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = ttl, Enabled = true },
                }, cancellationToken);
            }
        }
        if (table.PointInTimeRecovery)
        {
            try
            {
                await dynamo.Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
                {
                    TableName = name,
                    PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
                }, cancellationToken);
            }
            catch (AmazonDynamoDBException ex) when (ex.ErrorCode is "UnknownOperationException" or "ContinuousBackupsUnavailableException")
            {
                // DynamoDB Local keeps no backups; AWS enables recovery once the table is active.
            }
        }
        return created;
    }

    internal static CreateTableRequest Request(TableDefinition table, string name)
    {
        var request = new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = table.KeyAttributes
                .Select(a => new AttributeDefinition(a.Name, a.Type == KeyAttributeType.N ? ScalarAttributeType.N : ScalarAttributeType.S))
                .ToList(),
            KeySchema = KeySchema(table.PartitionKey, table.SortKey),
        };
        if (table.Indexes.Count > 0)
        {
            request.GlobalSecondaryIndexes = table.Indexes.Select(index => new GlobalSecondaryIndex
            {
                IndexName = index.Name,
                KeySchema = KeySchema(index.PartitionKey, index.SortKey),
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            }).ToList();
        }
        if (table.StreamNewAndOldImages)
        {
            request.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES };
        }
        return request;
    }

    private static List<KeySchemaElement> KeySchema(KeyAttribute partition, KeyAttribute? sort)
    {
        var schema = new List<KeySchemaElement> { new(partition.Name, KeyType.HASH) };
        if (sort is not null)
        {
            schema.Add(new KeySchemaElement(sort.Name, KeyType.RANGE));
        }
        return schema;
    }

    private async Task WaitActiveAsync(string name, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var description = await dynamo.Client.DescribeTableAsync(name, cancellationToken);
            if (description.Table.TableStatus == TableStatus.ACTIVE
                && (description.Table.GlobalSecondaryIndexes ?? []).All(i => i.IndexStatus == IndexStatus.ACTIVE))
            {
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 * (attempt + 1))), cancellationToken);
        }
    }
}
