using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Cart.Carts;
using Winkel.Server.Tests.Catalog;

namespace Winkel.Server.Tests.Cart;

public sealed class CartApiTests : IAsyncLifetime
{
    private readonly AdjustableTime _time = new();
    private readonly WinkelAppFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time)));
        using var admin = await AdminAsync();
        foreach (var (id, price, stock) in new[] { ("cart-a", 12.50m, 200), ("cart-b", 3.99m, 5), ("cart-c", 1m, 0) })
        {
            (await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body(id, price: price, stock: stock), Ct)).EnsureSuccessStatusCode();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private HttpClient Guest() => _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private Task<HttpClient> AdminAsync() => Guest().AsAdminAsync();

    private static Task<HttpResponseMessage> Add(HttpClient client, string productId, int quantity) =>
        client.PostAsJsonAsync("/api/cart/items", new { productId, quantity }, Ct);

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static Dictionary<string, int> Lines(JsonElement cart) =>
        cart.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("productId").GetString()!, i => i.GetProperty("quantity").GetInt32());

    private static string TokenOf(HttpResponseMessage response) => response.Headers.GetValues("X-Cart-Token").Single();

    [Fact]
    public async Task AGuestsFirstWrite_IssuesATokenInHeaderAndCookie_AndTheCartShowsCatalogPrices()
    {
        using var client = Guest();

        var added = await Add(client, "cart-a", 2);
        var token = TokenOf(added);
        var cookie = added.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("winkel_cart=", StringComparison.Ordinal));
        client.DefaultRequestHeaders.Add("X-Cart-Token", token);
        var cart = await Json(await client.GetAsync("/api/cart", Ct));

        Assert.Contains(token, cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var item = cart.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(12.50m, item.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(25.00m, item.GetProperty("lineTotal").GetDecimal());
        Assert.Equal(25.00m, cart.GetProperty("subtotal").GetDecimal());
        Assert.Equal("EUR", cart.GetProperty("currency").GetString());
        Assert.True(cart.GetProperty("expiresAt").GetInt64() > DateTimeOffset.UtcNow.AddDays(29).ToUnixTimeSeconds());
        var cacheControl = (await client.GetAsync("/api/cart", Ct)).Headers.CacheControl!;
        Assert.True(cacheControl.Private && cacheControl.NoStore);
    }

    [Fact]
    public async Task TheCookie_IdentifiesTheCart_AsWellAsTheHeader()
    {
        using var client = Guest();
        var token = TokenOf(await Add(client, "cart-a", 1));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cart") { Headers = { { "Cookie", $"winkel_cart={token}" } } };
        var cart = await Json(await client.SendAsync(request, Ct));

        Assert.Equal(1, Lines(cart)["cart-a"]);
    }

    [Fact]
    public async Task Add_AddsToTheQuantity_Set_SetsIt_AndZeroRemovesTheLine()
    {
        using var client = Guest();
        client.DefaultRequestHeaders.Add("X-Cart-Token", TokenOf(await Add(client, "cart-a", 2)));

        await Add(client, "cart-a", 3);
        var afterAdd = Lines(await Json(await client.GetAsync("/api/cart", Ct)));
        var afterSet = Lines(await Json(await client.PutAsJsonAsync("/api/cart/items/cart-a", new { quantity = 7 }, Ct)));
        await Add(client, "cart-b", 1);
        var afterZero = Lines(await Json(await client.PutAsJsonAsync("/api/cart/items/cart-a", new { quantity = 0 }, Ct)));
        var afterDelete = Lines(await Json(await client.DeleteAsync("/api/cart/items/cart-b", Ct)));

        Assert.Equal(5, afterAdd["cart-a"]);
        Assert.Equal(7, afterSet["cart-a"]);
        Assert.Equal(["cart-b"], afterZero.Keys);
        Assert.Empty(afterDelete);
    }

    [Fact]
    public async Task Clear_Returns204_AndEmptiesTheCart()
    {
        using var client = Guest();
        client.DefaultRequestHeaders.Add("X-Cart-Token", TokenOf(await Add(client, "cart-a", 2)));

        var cleared = await client.DeleteAsync("/api/cart", Ct);

        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(Lines(await Json(await client.GetAsync("/api/cart", Ct))));
    }

    [Theory]
    [InlineData("{\"productId\":\"cart-a\",\"quantity\":1,\"unitPrice\":0.01}", "unitPrice")]
    [InlineData("{\"productId\":\"cart-a\",\"quantity\":0}", "quantity")]
    [InlineData("{\"productId\":\"cart-a\",\"quantity\":100}", "quantity")]
    [InlineData("{\"productId\":\"cart-a\",\"quantity\":\"2\"}", "quantity")]
    [InlineData("{\"productId\":\"cart-a\",\"quantity\":1.5}", "quantity")]
    [InlineData("{\"quantity\":1}", "productId")]
    public async Task Add_Returns400NamingTheField_WhenTheBodyIsBad(string json, string field)
    {
        using var client = Guest();

        var response = await client.PostAsync("/api/cart/items", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task ARefusedFirstWrite_IssuesNoToken()
    {
        using var client = Guest();

        var refused = await Add(client, "cart-c", 1);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.False(refused.Headers.Contains("X-Cart-Token"));
        Assert.False(refused.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task GuestCarts_AreStoredUnderAHashOfTheToken_NotTheTokenItself()
    {
        using var client = Guest();
        var token = TokenOf(await Add(client, "cart-a", 1));
        var store = _app.Services.GetRequiredService<Winkel.Cart.Storage.ICartStore>();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        Assert.Null(await store.GetAsync(token, now, Ct));
        Assert.NotNull(await store.GetAsync(CartService.GuestOwnerId(token), now, Ct));
    }

    [Fact]
    public async Task AProductDeletedFromTheCatalog_StopsCountingTowardsTheLineLimit()
    {
        await using var limited = _factory.WithWebHostBuilder(b => b.UseSetting("Winkel:Cart:MaxLines", "2")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time)));
        using var admin = await limited.CreateClient().AsAdminAsync();
        await admin.PostAsJsonAsync("/api/admin/products", TestProducts.Body("cart-gone", stock: 3), Ct);
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Cart-Token", TokenOf(await Add(client, "cart-gone", 1)));
        await Add(client, "cart-a", 1);

        var full = await Add(client, "cart-b", 1);
        await admin.DeleteAsync("/api/admin/products/cart-gone", Ct);
        var afterDelete = await Add(client, "cart-b", 1);

        await ProblemAssert.IsProblemAsync(full, HttpStatusCode.BadRequest, "productId");
        Assert.Equal(["cart-a", "cart-b"], Lines(await Json(afterDelete)).Keys.Order());
    }

    [Fact]
    public async Task Add_Returns400_WhenTheLineWouldPass99()
    {
        using var client = Guest();
        client.DefaultRequestHeaders.Add("X-Cart-Token", TokenOf(await Add(client, "cart-a", 60)));

        var response = await Add(client, "cart-a", 40);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "quantity");
        Assert.Equal(60, Lines(await Json(await client.GetAsync("/api/cart", Ct)))["cart-a"]);
    }

    [Fact]
    public async Task Add_Returns404_ForAnUnknownProduct_And409_BeyondTheStock()
    {
        using var client = Guest();

        var unknown = await Add(client, "no-such-product", 1);
        var beyond = await Add(client, "cart-b", 6);
        var soldOut = await Add(client, "cart-c", 1);

        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        var problem = await ProblemAssert.IsProblemAsync(beyond, HttpStatusCode.Conflict);
        Assert.EndsWith("out-of-stock", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(soldOut, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task TheCart_AlwaysShowsTheCatalogsCurrentPrice()
    {
        using var client = Guest();
        client.DefaultRequestHeaders.Add("X-Cart-Token", TokenOf(await Add(client, "cart-b", 2)));
        using var admin = await AdminAsync();

        await admin.PatchAsJsonAsync("/api/admin/products/cart-b", new { price = 2.50m }, Ct);
        var cart = await Json(await client.GetAsync("/api/cart", Ct));

        Assert.Equal(2.50m, cart.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal(5.00m, cart.GetProperty("subtotal").GetDecimal());
        await admin.PatchAsJsonAsync("/api/admin/products/cart-b", new { price = 3.99m }, Ct);
    }

    [Fact]
    public async Task AnExpiredCart_IsEmptyAtOnce_AndTheSweepDeletesIt()
    {
        using var client = Guest();
        client.DefaultRequestHeaders.Add("X-Cart-Token", TokenOf(await Add(client, "cart-a", 1)));

        _time.Offset = TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1);
        try
        {
            var cart = await Json(await client.GetAsync("/api/cart", Ct));
            var sweeper = _app.Services.GetServices<IHostedService>().OfType<ExpiredCartSweeper>().Single();
            var swept = await sweeper.RunOnceAsync(Ct);

            Assert.Empty(Lines(cart));
            Assert.True(swept >= 1);
        }
        finally
        {
            _time.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task SignIn_MergesTheGuestCartIntoTheCustomers_AddingQuantitiesCappedAt99()
    {
        var email = $"merge-{Guid.NewGuid():N}@example.nl";
        using (var setup = Guest())
        {
            await setup.PostAsJsonAsync("/api/auth/register", new { email, password = "correct-horse-battery", name = "M" }, Ct);
        }
        using var customer = Guest();
        var login = await customer.PostAsJsonAsync("/api/auth/login", new { email, password = "correct-horse-battery" }, Ct);
        customer.DefaultRequestHeaders.Authorization = new("Bearer", (await Json(login)).GetProperty("accessToken").GetString());
        await Add(customer, "cart-a", 98);

        using var guest = Guest();
        var token = TokenOf(await Add(guest, "cart-a", 5));
        guest.DefaultRequestHeaders.Add("X-Cart-Token", token);
        await Add(guest, "cart-b", 2);
        var signIn = await guest.PostAsJsonAsync("/api/auth/login", new { email, password = "correct-horse-battery" }, Ct);
        var guestCartAfter = await Json(await guest.GetAsync("/api/cart", Ct));

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("winkel_cart=;", StringComparison.Ordinal));
        Assert.Equal(new Dictionary<string, int> { ["cart-a"] = 99, ["cart-b"] = 2 }, Lines(await Json(await customer.GetAsync("/api/cart", Ct))));
        Assert.Empty(Lines(guestCartAfter));
    }

    [Fact]
    public async Task ACustomer_NeverSeesAnotherCustomersCart()
    {
        using var first = await CustomerAsync();
        using var second = await CustomerAsync();
        await Add(first, "cart-a", 3);

        var other = await Json(await second.GetAsync("/api/cart", Ct));

        Assert.Empty(Lines(other));
    }

    [Fact]
    public async Task TheCustomersCart_IsInTheirDataExport_AndGoneAfterErasure()
    {
        using var customer = await CustomerAsync();
        await Add(customer, "cart-a", 4);

        var export = await Json(await customer.GetAsync("/api/me/export", Ct));
        await customer.DeleteAsync("/api/me", Ct);

        var line = export.GetProperty("carts")[0].GetProperty("lines")[0];
        Assert.Equal(("cart-a", 4), (line.GetProperty("productId").GetString(), line.GetProperty("quantity").GetInt32()));
        var carts = _app.Services.GetRequiredService<Winkel.Cart.Storage.ICartStore>();
        Assert.Null(await carts.GetAsync(export.GetProperty("profile").GetProperty("customerId").GetString()!, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Ct));
    }

    private Task<HttpClient> CustomerAsync() => Guest().AsNewCustomerAsync();
}
