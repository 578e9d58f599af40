using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Winkel.Server.Tests;

/// <summary>
/// The whole host on a real SQLite file in a fresh data folder, demo catalog off unless a test turns it
/// on, with an admin from configuration. One factory per test class (xunit class fixture).
/// </summary>
public class WinkelAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@winkel.test";
    public const string AdminPassword = "admin-password-123";

    public WinkelAppFactory()
        : this(NewDataDir())
    {
    }

    /// <summary>A factory on an existing data folder, e.g. to start the store again on the same data.</summary>
    internal WinkelAppFactory(string dataDir, bool deleteDataOnDispose = true)
    {
        DataDir = dataDir;
        _deleteDataOnDispose = deleteDataOnDispose;
    }

    private readonly bool _deleteDataOnDispose;

    public string DataDir { get; }

    public static string NewDataDir() => Path.Combine(Path.GetTempPath(), "winkel-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Extra settings, applied after the defaults below.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Winkel:DataDir", DataDir);
        builder.UseSetting("Winkel:Catalog:Demo", "false");
        builder.UseSetting("Winkel:Catalog:ChangeFeedPollInterval", "00:00:00.050");
        builder.UseSetting("Winkel:Admin:Email", AdminEmail);
        builder.UseSetting("Winkel:Admin:Password", AdminPassword);
        // Every test client shares one address; the rate-limit tests set their own limits.
        builder.UseSetting("Winkel:RateLimit:StrictPermitsPerMinute", "100000");
        builder.UseSetting("Winkel:RateLimit:StrictBurst", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_deleteDataOnDispose && Directory.Exists(DataDir))
        {
            Directory.Delete(DataDir, recursive: true);
        }
        GC.SuppressFinalize(this);
    }

    public Task<HttpClient> CreateAdminClientAsync() =>
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).AsAdminAsync();

    /// <summary>A client signed in as a newly registered customer.</summary>
    public Task<HttpClient> CreateCustomerClientAsync(string? email = null) =>
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).AsNewCustomerAsync(email);
}
