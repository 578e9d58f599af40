using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Constructs;
using Winkel.Storage.DynamoDb.Tables;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace Winkel.Deploy;

/// <summary>
/// One DynamoDB global table per <see cref="WinkelTables.All"/> entry — the same records the storage
/// adapter creates its tables from, so a new table or key there shows up here without an edit. On
/// demand, point-in-time recovery, TTL where the definition names an attribute, and streams of new
/// and old images (global tables replicate through them, so every table has one when replicas are on).
/// </summary>
internal sealed class DataStack : Stack
{
    public IReadOnlyDictionary<string, TableV2> Tables { get; }

    public DataStack(Construct scope, string id, IStackProps props, DeploySettings settings) : base(scope, id, props)
    {
        Tables = WinkelTables.All.ToDictionary(definition => definition.Name, definition => Build(definition, settings));
    }

    private TableV2 Build(TableDefinition definition, DeploySettings settings) => new(this, definition.Name, new TablePropsV2
    {
        TableName = definition.PhysicalName(settings.TablePrefix),
        PartitionKey = Key(definition.PartitionKey),
        SortKey = definition.SortKey is { } sortKey ? Key(sortKey) : null,
        Billing = Billing.OnDemand(),
        GlobalSecondaryIndexes = definition.Indexes.Select(index => new GlobalSecondaryIndexPropsV2
        {
            IndexName = index.Name,
            PartitionKey = Key(index.PartitionKey),
            SortKey = index.SortKey is { } indexSortKey ? Key(indexSortKey) : null,
            ProjectionType = ProjectionType.ALL,
        }).ToArray(),
        TimeToLiveAttribute = definition.TimeToLiveAttribute,
        PointInTimeRecovery = definition.PointInTimeRecovery,
        DynamoStream = definition.StreamNewAndOldImages || settings.MultiRegion ? StreamViewType.NEW_AND_OLD_IMAGES : null,
        Replicas = settings.ReplicaRegions.Select(region => new ReplicaTableProps { Region = region }).ToArray(),
        DeletionProtection = true,
        RemovalPolicy = RemovalPolicy.RETAIN,
    });

    private static Attribute Key(KeyAttribute attribute) => new()
    {
        Name = attribute.Name,
        Type = attribute.Type switch
        {
            KeyAttributeType.S => AttributeType.STRING,
            KeyAttributeType.N => AttributeType.NUMBER,
            _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute.Type, "Unknown key attribute type."),
        },
    };
}
