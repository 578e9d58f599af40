using System.Text.Json.Nodes;

namespace Winkel.Deploy.Tests;

public sealed class IamTests(ReferenceApp app)
{
    [Fact]
    public void NoStatement_AllowsEveryActionOnEveryResource_InAnyStack()
    {
        foreach (var stack in app.AllStacks)
        {
            foreach (var statement in Statements(app, stack))
            {
                var resources = Values(statement["Resource"]);
                var actions = Values(statement["Action"]);
                Assert.DoesNotContain("*", actions);
                if (resources.Contains("*"))
                {
                    Assert.All(actions, action => Assert.False(action.EndsWith('*'), $"{stack.StackName}: {action} on *"));
                }
            }
        }
    }

    [Fact]
    public void TaskRole_TouchesOnlyTheStoresOwnTables()
    {
        var taskPolicy = app.Resources(app.Stacks.Compute, "AWS::IAM::Policy")
            .Single(p => p.Properties["Roles"]!.ToJsonString().Contains("TaskRole", StringComparison.Ordinal)).Properties;
        var statements = taskPolicy["PolicyDocument"]!["Statement"]!.AsArray();

        Assert.All(statements, s => Assert.All(Values(s!["Action"]), a => Assert.StartsWith("dynamodb:", a, StringComparison.Ordinal)));
        var tableIds = app.Resources(app.Stacks.Data, "AWS::DynamoDB::GlobalTable").Select(t => t.Id).ToList();
        var resources = statements.SelectMany(s => s!["Resource"] is JsonArray many ? many.Select(r => r!.ToJsonString()) : [s["Resource"]!.ToJsonString()]).ToList();
        Assert.All(resources, r => Assert.Contains(tableIds, id => r.Contains(id, StringComparison.Ordinal)));
        Assert.All(tableIds, id => Assert.Contains(resources, r => r.Contains(id, StringComparison.Ordinal)));
        Assert.DoesNotContain(statements, s => s!["Action"]!.ToJsonString().Contains("dynamodb:*", StringComparison.Ordinal));
    }

    [Fact]
    public void ExecutionRole_ReadsOnlyTheStoresSecrets()
    {
        var secretStatements = app.Resources(app.Stacks.Compute, "AWS::IAM::Policy")
            .SelectMany(p => p.Properties["PolicyDocument"]!["Statement"]!.AsArray())
            .Where(s => Values(s!["Action"]).Any(a => a.StartsWith("secretsmanager:", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(2, secretStatements.Count);
        Assert.All(secretStatements, s => Assert.Matches("^\\{\"Ref\":\"(Stripe|Admin)Secret[0-9A-F]+\"\\}$", s!["Resource"]!.ToJsonString()));
    }

    private static IEnumerable<JsonObject> Statements(SynthesizedApp app, Amazon.CDK.Stack stack) =>
        app.Resources(stack, "AWS::IAM::Policy").Select(p => p.Properties["PolicyDocument"]!)
            .Concat(app.Resources(stack, "AWS::IAM::Role").SelectMany(r => r.Properties["Policies"]?.AsArray().Select(p => p!["PolicyDocument"]!) ?? []))
            .SelectMany(d => d["Statement"]!.AsArray())
            .Select(s => s!.AsObject());

    private static List<string> Values(JsonNode? node) => node switch
    {
        JsonArray many => many.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n!.ToJsonString()).ToList(),
        JsonValue one when one.TryGetValue<string>(out var s) => [s],
        null => [],
        _ => [node.ToJsonString()],
    };
}
