using Amazon.CDK;
using Winkel.Deploy;

// `CDK_OUTDIR=out dotnet run` synthesizes without an AWS account; `cdk deploy --all` deploys (docs/deploy.md).
var app = new App();
WinkelApp.Create(app, DeploySettings.FromContext(app.Node));
app.Synth();
