using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Winkel.Core.Search;
using Winkel.Server.Tests.Orders;

namespace Winkel.Server.Tests.Telemetry;

/// <summary>The admin dashboard over a seeded day of orders. Counts checkouts, so it runs with the other metered tests.</summary>
[Collection(nameof(MeteredCollection))]
public sealed class DashboardTests : IAsyncLifetime
{
    private readonly OrdersHost _host = new();
    private decimal _paidRevenue;
    private int _orders;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _host.AddProductAsync("dash-1", price: 12.50m, stock: 100);
        // A day of orders: paid ones at several hours, and one declined (an order, but no revenue).
        foreach (var (hoursAgo, method) in new[] { (20, "pm_card_visa"), (20, "pm_card_visa"), (9, "pm_card_mastercard"), (3, "pm_card_chargeDeclined"), (1, "pm_card_visa"), (0, "pm_card_visa") })
        {
            _host.Time.Offset = TimeSpan.FromHours(-hoursAgo);
            using var guest = await _host.GuestWithCartAsync(("dash-1", 2));
            var placed = await OrdersHost.CheckoutAsync(guest, OrdersHost.Body(method));
            Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
            var order = await placed.Content.ReadFromJsonAsync<JsonElement>(Ct);
            _orders++;
            if (order.GetProperty("status").GetString() == "paid")
            {
                _paidRevenue += order.GetProperty("total").GetDecimal();
            }
        }
        _host.Time.Offset = TimeSpan.Zero;
        var searches = _host.App.Services.GetRequiredService<ZeroResultSearches>();
        foreach (var text in new[] { "Rode  regenjas", "rode regenjas", "<b>stroopwafel</b>" })
        {
            searches.Record(text);
        }
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Dashboard_RendersADayOfOrders_InDutch()
    {
        using var admin = await _host.AdminAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL,nl;q=0.9,en;q=0.5");

        var response = await admin.GetAsync("/admin/dashboard", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("private", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Orders per uur", html, StringComparison.Ordinal);
        Assert.Contains("Zoekopdrachten zonder resultaat", html, StringComparison.Ordinal);
        Assert.Equal(5, CountOf(html, "<svg "));
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        // The key figures: every order of the day, the paid revenue in Dutch notation.
        Assert.Contains($"<span class=\"kpi-value\">{_orders}</span>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("€ " + _paidRevenue.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))), html, StringComparison.Ordinal);
        // One bar per hour with orders (20, 9, 3, 1 and 0 hours ago), each titled with its count.
        Assert.Equal(5, CountOf(html, "<rect class=\"bar series-0\"") - CountOf(html, "Orders: 0</title>"));
        Assert.Contains("Orders: 2</title>", html, StringComparison.Ordinal);
        Assert.Contains("betaald", html, StringComparison.Ordinal);
        // Searches without results, counted once normalized, and escaped.
        Assert.Contains("<td>rode regenjas</td><td class=\"number\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;stroopwafel&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_SpeaksEnglish_WhenTheBrowserPrefersIt()
    {
        using var admin = await _host.AdminAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,nl;q=0.3");

        var html = await admin.GetStringAsync("/admin/dashboard", Ct);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Orders per hour", html, StringComparison.Ordinal);
        Assert.Contains("Searches with no results", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("€ " + _paidRevenue.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("en-IE"))), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_IsForAdminsOnly()
    {
        using var anonymous = _host.App.CreateClient();
        using var customer = await _host.CustomerAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/dashboard", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/admin/dashboard", Ct)).StatusCode);
    }

    [Fact]
    public async Task DashboardStylesheet_IsServedAsCss()
    {
        using var client = _host.App.CreateClient();

        var response = await client.GetAsync("/admin/dashboard.css", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("text/css") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
