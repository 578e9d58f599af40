using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Winkel.Browser.Tests.StoreFixture))]

namespace Winkel.Browser.Tests;

/// <summary>
/// One store for the whole suite — the real host on Kestrel on a free loopback port, a fresh SQLite
/// data folder and a small demo catalog — and one headless Debian Chromium driven by Playwright.
/// The pages carry the edge's own Content-Security-Policy, so a page breaking it fails in the browser.
/// A subclass configures a store of another kind (<see cref="Stripe.StripeStoreFixture"/>).
/// </summary>
public class StoreFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@winkel.test";
    public const string AdminPassword = "admin-password-123";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "winkel-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots go: <c>WINKEL_SCREENSHOTS</c>, else beside the test binary.</summary>
    public static string ScreenshotDir =>
        Environment.GetEnvironmentVariable("WINKEL_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The port the store listens on: any free one, unless a subclass must know it before the start.</summary>
    protected virtual int Port => 0;

    /// <summary>Settings of a subclass, applied after the defaults.</summary>
    protected virtual void ConfigureStore(IWebHostBuilder builder)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Winkel:DataDir", _dataDir);
        builder.UseSetting("Winkel:Catalog:Demo", "true");
        builder.UseSetting("Winkel:Catalog:DemoProductCount", "400");
        builder.UseSetting("Winkel:Catalog:ChangeFeedPollInterval", "00:00:00.050");
        builder.UseSetting("Winkel:Admin:Email", AdminEmail);
        builder.UseSetting("Winkel:Admin:Password", AdminPassword);
        ConfigureStore(builder);
    }

    public virtual async ValueTask InitializeAsync()
    {
        UseKestrel(Port);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("WINKEL_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            // Without the rule Chromium spends seconds on name lookups at every start; the store is on loopback.
            Args = ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"],
        });
        await WaitForCatalogAsync();
    }

    /// <summary>A fresh browser context (own cookies) with the given Accept-Language, on the store.</summary>
    public async Task<IPage> NewPageAsync(string locale = "nl-NL", bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });
    }

    private async Task WaitForCatalogAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            // The search index follows the catalog's change feed: wait until it holds the demo products.
            var search = await client.GetStringAsync("/api/search?pageSize=1");
            if (!search.Contains("\"total\":0", StringComparison.Ordinal) && search.Contains("\"total\"", StringComparison.Ordinal))
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The demo catalog did not load.");
    }

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }
}
