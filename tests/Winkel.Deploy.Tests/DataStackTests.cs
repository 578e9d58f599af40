using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using Winkel.Storage.DynamoDb.Tables;

namespace Winkel.Deploy.Tests;

/// <summary>Each synthesized table is compared with its <see cref="WinkelTables.All"/> definition, so a new table needs no new test.</summary>
public sealed class DataStackTests(ReferenceApp app)
{
    private const string GlobalTable = "AWS::DynamoDB::GlobalTable";

    public static TheoryData<string> TableNames => [.. WinkelTables.All.Select(t => t.Name)];

    [Fact]
    public void Tables_AreExactlyTheAdapterDefinitions_WhenSynthesized()
    {
        var names = app.Resources(app.Stacks.Data, GlobalTable).Select(t => (string)t.Properties["TableName"]!).Order();
        Assert.Equal(WinkelTables.All.Select(t => t.PhysicalName("Winkel-")).Order(), names);
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Table_HasTheDefinitionsKeySchemaAndIndexes_WhenSynthesized(string name)
    {
        var definition = WinkelTables.All.Single(t => t.Name == name);
        var table = Table(app, definition);

        Assert.Equal(KeySchema(definition.PartitionKey, definition.SortKey), Normalize(table["KeySchema"]));
        Assert.Equal(
            definition.KeyAttributes.Select(a => $"{a.Name}:{a.Type}").Order(),
            table["AttributeDefinitions"]!.AsArray().Select(a => $"{a!["AttributeName"]}:{a["AttributeType"]}").Order());
        var indexes = table["GlobalSecondaryIndexes"]?.AsArray() ?? [];
        Assert.Equal(definition.Indexes.Count, indexes.Count);
        foreach (var index in definition.Indexes)
        {
            var synthesized = indexes.Single(i => (string?)i!["IndexName"] == index.Name)!;
            Assert.Equal(KeySchema(index.PartitionKey, index.SortKey), Normalize(synthesized["KeySchema"]));
            Assert.Equal("ALL", (string?)synthesized["Projection"]!["ProjectionType"]);
        }
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Table_IsOnDemandWithRecoveryStreamsAndReplicas_InTheReferenceDeployment(string name)
    {
        var definition = WinkelTables.All.Single(t => t.Name == name);
        app.Template(app.Stacks.Data).HasResourceProperties(GlobalTable, Match.ObjectLike(new Dictionary<string, object>
        {
            ["TableName"] = definition.PhysicalName("Winkel-"),
            ["BillingMode"] = "PAY_PER_REQUEST",
            ["StreamSpecification"] = new Dictionary<string, object> { ["StreamViewType"] = "NEW_AND_OLD_IMAGES" },
        }));

        var replicas = Table(app, definition)["Replicas"]!.AsArray();
        Assert.Equal(["eu-central-1", "eu-west-1", "us-east-1"], replicas.Select(r => (string)r!["Region"]!).Order());
        Assert.All(replicas, r => Assert.Equal(definition.PointInTimeRecovery, (bool?)r!["PointInTimeRecoverySpecification"]?["PointInTimeRecoveryEnabled"] ?? false));
        Assert.All(replicas, r => Assert.True((bool)r!["DeletionProtectionEnabled"]!));
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Table_ExpiresItemsOnTheDefinitionsAttribute_WhenItNamesOne(string name)
    {
        var definition = WinkelTables.All.Single(t => t.Name == name);
        var ttl = Table(app, definition)["TimeToLiveSpecification"];
        if (definition.TimeToLiveAttribute is null)
        {
            Assert.True(ttl is null || !(bool)ttl["Enabled"]!);
        }
        else
        {
            Assert.Equal(definition.TimeToLiveAttribute, (string?)ttl!["AttributeName"]);
            Assert.True((bool)ttl["Enabled"]!);
        }
    }

    [Fact]
    public void Carts_ExpireOnExpiryTime_AndProductsHaveTheCategoryIndex()
    {
        var data = app.Template(app.Stacks.Data);
        data.HasResourceProperties(GlobalTable, Match.ObjectLike(new Dictionary<string, object>
        {
            ["TableName"] = "Winkel-Carts",
            ["TimeToLiveSpecification"] = new Dictionary<string, object> { ["AttributeName"] = "expiryTime", ["Enabled"] = true },
        }));
        data.HasResourceProperties(GlobalTable, Match.ObjectLike(new Dictionary<string, object>
        {
            ["TableName"] = "Winkel-Products",
            ["GlobalSecondaryIndexes"] = Match.ArrayWith([Match.ObjectLike(new Dictionary<string, object> { ["IndexName"] = "CategoryIndex" })]),
        }));
    }

    [Fact]
    public void Tables_HaveNoReplicaButThePrimary_WhenReplicaRegionsAreEmpty()
    {
        var single = new App(new AppProps { Context = new Dictionary<string, object> { ["replicaRegions"] = "", ["tablePrefix"] = "Shop-" } });
        var settings = DeploySettings.FromContext(single.Node);
        var data = new DataStack(single, "Data", new StackProps { Env = new Amazon.CDK.Environment { Region = "eu-west-1" } }, settings);
        var template = Amazon.CDK.Assertions.Template.FromStack(data);

        template.ResourceCountIs(GlobalTable, WinkelTables.All.Count);
        foreach (var definition in WinkelTables.All)
        {
            template.HasResourceProperties(GlobalTable, Match.ObjectLike(new Dictionary<string, object>
            {
                ["TableName"] = definition.PhysicalName("Shop-"),
                ["Replicas"] = new[] { Match.ObjectLike(new Dictionary<string, object> { ["Region"] = "eu-west-1" }) },
            }));
        }
    }

    private static JsonObject Table(SynthesizedApp app, TableDefinition definition) =>
        app.Resources(app.Stacks.Data, GlobalTable).Single(t => (string?)t.Properties["TableName"] == definition.PhysicalName("Winkel-")).Properties;

    private static string[] KeySchema(KeyAttribute partition, KeyAttribute? sort) =>
        sort is null ? [$"{partition.Name}:HASH"] : [$"{partition.Name}:HASH", $"{sort.Name}:RANGE"];

    private static string[] Normalize(JsonNode? keySchema) =>
        [.. keySchema!.AsArray().Select(k => $"{k!["AttributeName"]}:{k["KeyType"]}")];
}
