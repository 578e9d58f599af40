namespace Winkel.Storage.DynamoDb.Tables;

/// <summary>The scalar type of a key attribute, in DynamoDB's own letters.</summary>
public enum KeyAttributeType
{
    /// <summary>A string.</summary>
    S,

    /// <summary>A number.</summary>
    N,
}

/// <summary>A key attribute: its name and type.</summary>
public sealed record KeyAttribute(string Name, KeyAttributeType Type);

/// <summary>
/// A global secondary index. Every index projects all attributes: each access pattern answers from
/// the index alone, with no second read per item.
/// </summary>
public sealed record IndexDefinition(string Name, KeyAttribute PartitionKey, KeyAttribute? SortKey = null);

/// <summary>
/// One table as both the adapter and the CDK app build it. <see cref="Name"/> is the logical name;
/// the deployed name is <c>{TablePrefix}{Name}</c> (<see cref="PhysicalName"/>).
/// </summary>
public sealed record TableDefinition(
    string Name,
    KeyAttribute PartitionKey,
    KeyAttribute? SortKey = null,
    IReadOnlyList<IndexDefinition>? GlobalIndexes = null,
    string? TimeToLiveAttribute = null,
    bool StreamNewAndOldImages = false,
    bool PointInTimeRecovery = true)
{
    /// <summary>The indexes, never null.</summary>
    public IReadOnlyList<IndexDefinition> Indexes => GlobalIndexes ?? [];

    /// <summary>Every attribute a key of the table or one of its indexes uses, each once.</summary>
    public IEnumerable<KeyAttribute> KeyAttributes =>
        new[] { PartitionKey, SortKey }
            .Concat(Indexes.SelectMany(index => new[] { index.PartitionKey, index.SortKey }))
            .OfType<KeyAttribute>()
            .DistinctBy(attribute => attribute.Name);

    /// <summary>The table's name in an account, after the deployment's prefix.</summary>
    public string PhysicalName(string tablePrefix) => tablePrefix + Name;
}
