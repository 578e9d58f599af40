using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Server.Tests.Durability;
using Winkel.Storage.DynamoDb;

namespace Winkel.Server.Tests.Cloud;

/// <summary>
/// The cloud profile as deployed, on this machine: two store processes sharing one DynamoDB Local (fresh
/// tables of their own prefix) and, when <c>./test.sh</c> started one, one Redis — with haproxy in front.
/// </summary>
public sealed class CloudCluster : IAsyncLifetime
{
    private readonly string _prefix = $"mn{Guid.NewGuid():N}-";
    private readonly string _dataDir = WinkelAppFactory.NewDataDir();
    private Process? _haproxy;

    internal ServerProcess NodeA { get; private set; } = null!;

    internal ServerProcess NodeB { get; private set; } = null!;

    /// <summary>The balancer's address: what a shopper's browser would reach.</summary>
    public Uri Balancer { get; private set; } = null!;

    /// <summary>A client without cookies: every guest cart token is sent explicitly, so each cart write starts a new guest.</summary>
    public HttpClient Client(Uri address) =>
        new(new HttpClientHandler { UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };

    public async ValueTask InitializeAsync()
    {
        var dynamo = Required("WINKEL_TEST_DYNAMODB");
        var haproxy = Required("WINKEL_TEST_HAPROXY");
        using (var setup = StoreHost(dynamo))
        {
            await setup.Services.CreateTablesAsync(CancellationToken.None);
        }
        string[] settings =
        [
            "--Winkel:Storage:Provider=DynamoDb",
            $"--Winkel:DynamoDb:ServiceUrl={dynamo}",
            $"--Winkel:DynamoDb:TablePrefix={_prefix}",
            "--Winkel:DynamoDb:RequestTimeout=00:00:30",
            "--Winkel:DynamoDb:MaxAttempts=10",
            "--Winkel:Catalog:ChangeFeedPollInterval=00:00:00.200",
            $"--Winkel:Admin:Email={WinkelAppFactory.AdminEmail}",
            $"--Winkel:Admin:Password={WinkelAppFactory.AdminPassword}",
            .. Environment.GetEnvironmentVariable("WINKEL_TEST_REDIS") is { Length: > 0 } redis ? [$"--Winkel:Redis:Configuration={redis}"] : Array.Empty<string>(),
        ];
        Directory.CreateDirectory(_dataDir);
        NodeA = await ServerProcess.StartAsync(Path.Combine(_dataDir, "a"), settings);
        NodeB = await ServerProcess.StartAsync(Path.Combine(_dataDir, "b"), settings);
        Balancer = await StartBalancerAsync(haproxy);
    }

    public async ValueTask DisposeAsync()
    {
        if (_haproxy is { HasExited: false })
        {
            _haproxy.Kill();
            await _haproxy.WaitForExitAsync();
        }
        _haproxy?.Dispose();
        if (NodeA is not null)
        {
            await NodeA.DisposeAsync();
        }
        if (NodeB is not null)
        {
            await NodeB.DisposeAsync();
        }
        using (var setup = StoreHost(Required("WINKEL_TEST_DYNAMODB")))
        {
            await setup.Services.GetRequiredService<TableSetup>().DeleteAsync(CancellationToken.None);
        }
        Directory.Delete(_dataDir, recursive: true);
    }

    /// <summary>haproxy as the ALB would be: round robin, health checks on /health/ready, retries on a dead node.</summary>
    private async Task<Uri> StartBalancerAsync(string haproxy)
    {
        var port = UnusedPort.Pick();
        var config = Path.Combine(_dataDir, "haproxy.cfg");
        await File.WriteAllTextAsync(config, string.Create(CultureInfo.InvariantCulture, $"""
            global
                maxconn 2000
            defaults
                mode http
                timeout connect 1s
                timeout client 30s
                timeout server 30s
                timeout check 5s
                retries 2
                option redispatch
                retry-on conn-failure empty-response
            frontend shop
                bind 127.0.0.1:{port}
                default_backend nodes
            backend nodes
                balance roundrobin
                option httpchk GET /health/ready
                http-check expect status 200
                server a {NodeA.Address.Host}:{NodeA.Address.Port} check inter 500ms fall 3 rise 1
                server b {NodeB.Address.Host}:{NodeB.Address.Port} check inter 500ms fall 3 rise 1

            """));
        var start = new ProcessStartInfo(haproxy) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-f", config, "-db" })
        {
            start.ArgumentList.Add(arg);
        }
        _haproxy = Process.Start(start)!;
        _haproxy.OutputDataReceived += (_, _) => { };
        _haproxy.ErrorDataReceived += (_, _) => { };
        _haproxy.BeginOutputReadLine();
        _haproxy.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}");
        using var client = Client(address);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return address;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("haproxy did not answer in 10 s.");
    }

    private IHost StoreHost(string serviceUrl)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Winkel:DynamoDb:ServiceUrl"] = serviceUrl;
        builder.Configuration["Winkel:DynamoDb:TablePrefix"] = _prefix;
        builder.AddDynamoDbStorage();
        return builder.Build();
    }

    private static string Required(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{variable} is not set: run the tests through ./test.sh, which starts DynamoDB Local and finds haproxy.");
}
