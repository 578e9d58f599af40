using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Winkel.Server.Platform;
using Winkel.Server.Storefront.Web;

namespace Winkel.Server.Storefront;

/// <summary>
/// The server-rendered storefront and admin pages (Razor components, static server rendering, no
/// SPA), their static assets, language choice and the web basics (sitemap, robots.txt, media).
/// </summary>
internal static class StorefrontModule
{
    public static WebApplicationBuilder AddStorefront(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorefrontOptions>().BindConfiguration(StorefrontOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Run from the build output (dotnet run, tests), the assets are found through the build's manifest;
        // a published app has them in its own wwwroot and no such manifest, which makes this a no-op.
        builder.WebHost.UseStaticWebAssets();
        // A build's manifest also switches on MapStaticAssets' runtime reloader: every asset answers no-cache,
        // and a {**path:file} fallback makes every request stat the disk (a third of a product read's time) and
        // turns a POST to an unknown path into 405. Only Development, where an edited file should show at once,
        // keeps it; everywhere else the build output behaves as the published app does.
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= builder.Environment.IsDevelopment().ToString();
        builder.Services.AddRazorComponents();
        // Dutch text (ë, €) is written as is rather than as character references: smaller, readable pages.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddLocalization();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "winkel_af";
            // Antiforgery refuses a Secure-only cookie on plain HTTP (local runs); behind TLS it is Secure.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Languages.Default)
                .AddSupportedCultures(Languages.Supported)
                .AddSupportedUICultures(Languages.Supported);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The visitor's own choice (cookie) wins over the browser's Accept-Language; no query string provider.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = Languages.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        builder.Services.AddSingleton<StorefrontCatalog>();
        builder.Services.AddSingleton<CartPricing>();
        builder.Services.AddSingleton<CartRefill>();
        return builder;
    }

    public static WebApplication UseStorefront(this WebApplication app)
    {
        // The JSON API speaks no language and has no pages: its requests skip choosing a culture.
        app.UseWhen(context => !context.Request.IsApi(), pages => pages
            .UseRequestLocalization()
            .UseMiddleware<PageCaching>());
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapStorefront(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        app.MapStorefrontForms();
        app.MapWebBasics();
        Admin.AdminForms.MapAdminForms(app);
        return app;
    }
}
