using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Winkel.Server.Tests.Telemetry;

public sealed class StoreReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthReady_Returns503NamingTheStore_WhileTheDataFolderIsGone_AndRecovers()
    {
        await using var factory = new WinkelAppFactory();
        using var client = factory.CreateClient();
        // The search index builds in the background at first start, and readiness waits for it.
        Assert.Equal(HttpStatusCode.OK, await Readiness.SettledAsync(client, Ct));
        var away = factory.DataDir + "-away";

        // As when the volume holding the database is unmounted: the file is no longer where it was opened.
        Directory.Move(factory.DataDir, away);
        try
        {
            var down = await client.GetAsync("/health/ready", Ct);
            var body = await down.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
        }
        finally
        {
            Directory.Move(away, factory.DataDir);
        }

        Assert.Equal(HttpStatusCode.OK, await Readiness.SettledAsync(client, Ct));
    }

}
