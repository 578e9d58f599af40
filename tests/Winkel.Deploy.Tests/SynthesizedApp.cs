using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;

[assembly: AssemblyFixture(typeof(Winkel.Deploy.Tests.ReferenceApp))]

// The jsii runtime behind Amazon.CDK serves one caller at a time: tests that reach it must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Winkel.Deploy.Tests;

/// <summary>
/// The app synthesized once, offline, for every test: <see cref="Template"/> assertions for resource
/// properties and the raw JSON for comparisons that walk a whole template.
/// </summary>
public abstract class SynthesizedApp : IDisposable
{
    private readonly string _outdir = Directory.CreateTempSubdirectory("winkel-cdk-").FullName;
    private readonly Dictionary<string, string> _templates = [];

    internal WinkelApp Stacks { get; }

    internal DeploySettings Settings { get; }

    protected SynthesizedApp(Dictionary<string, object> context)
    {
        var app = new App(new AppProps { Outdir = _outdir, Context = context });
        Settings = DeploySettings.FromContext(app.Node);
        Stacks = WinkelApp.Create(app, Settings);
        var assembly = app.Synth();
        foreach (var stack in AllStacks)
        {
            _templates[stack.StackName] = File.ReadAllText(Path.Combine(assembly.Directory, stack.TemplateFile));
        }
    }

    internal IEnumerable<Stack> AllStacks =>
        [Stacks.Network, Stacks.Data, Stacks.Cache, Stacks.Compute, Stacks.Edge, Stacks.Monitoring, Stacks.EdgeMonitoring];

    /// <summary>A fresh <see cref="Template"/> of the stack (parsing the JSON is cheap; synthesis happened once).</summary>
    internal Template Template(Stack stack) => Amazon.CDK.Assertions.Template.FromString(_templates[stack.StackName]);

    internal JsonObject Json(Stack stack) => JsonNode.Parse(_templates[stack.StackName])!.AsObject();

    /// <summary>Every resource of a type in the stack, by logical id.</summary>
    internal IReadOnlyList<(string Id, JsonObject Properties)> Resources(Stack stack, string type) =>
        Json(stack)["Resources"]!.AsObject()
            .Where(r => (string?)r.Value!["Type"] == type)
            .Select(r => (r.Key, r.Value!["Properties"]?.AsObject() ?? []))
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_outdir, recursive: true);
        }
        catch (IOException)
        {
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>The reference deployment, with a geo allow-list and a CloudFront-only load balancer.</summary>
public sealed class ReferenceApp() : SynthesizedApp(new Dictionary<string, object>
{
    ["domain"] = "shop.winkel.test",
    ["alertEmail"] = "alerts@winkel.test",
    ["certificateArn"] = "arn:aws:acm:us-east-1:123456789012:certificate/cdn",
    ["originCertificateArn"] = "arn:aws:acm:eu-west-1:123456789012:certificate/origin",
    ["allowedCountries"] = "NL,BE,DE",
    ["cloudFrontPrefixListId"] = "pl-4fa04526",
});
