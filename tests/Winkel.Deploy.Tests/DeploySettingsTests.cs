using Amazon.CDK;

namespace Winkel.Deploy.Tests;

public sealed class DeploySettingsTests
{
    [Fact]
    public void FromContext_GivesTheReferenceDeployment_WhenNothingIsSet()
    {
        var settings = DeploySettings.FromContext(new App().Node);
        Assert.Equal("eu-west-1", settings.PrimaryRegion);
        Assert.Equal(["eu-central-1", "us-east-1"], settings.ReplicaRegions);
        Assert.Empty(settings.AllowedCountries);
        Assert.Null(settings.ImageTag);
        Assert.Equal("Europe/Amsterdam", settings.TimeZone);
    }

    [Fact]
    public void FromContext_ReadsListsAndDropsThePrimaryFromReplicas_WhenGivenOnTheCommandLine()
    {
        var app = new App(new AppProps
        {
            Context = new Dictionary<string, object>
            {
                ["primaryRegion"] = "us-east-1",
                ["replicaRegions"] = "us-east-1, eu-west-1",
                ["allowedCountries"] = "nl,be",
                ["certificateArn"] = "arn:cdn",
            },
        });
        var settings = DeploySettings.FromContext(app.Node);
        Assert.Equal(["eu-west-1"], settings.ReplicaRegions);
        Assert.Equal(["NL", "BE"], settings.AllowedCountries);
        Assert.Equal("arn:cdn", settings.OriginCertificateArn);
    }

    [Fact]
    public void FromContext_TurnsReplicasOff_WhenTheListIsEmpty()
    {
        var settings = DeploySettings.FromContext(new App(new AppProps { Context = new Dictionary<string, object> { ["replicaRegions"] = "" } }).Node);
        Assert.False(settings.MultiRegion);
    }
}
