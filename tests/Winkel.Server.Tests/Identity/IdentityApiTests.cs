using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Winkel.Server.Tests.Identity;

public sealed class IdentityApiTests(WinkelAppFactory factory) : IClassFixture<WinkelAppFactory>
{
    private const string Password = "correct-horse-battery";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewEmail() => $"anna-{Guid.NewGuid():N}@example.nl";

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private async Task<string> RegisterAsync(HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, name = "Anna de Vries" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("customerId").GetString()!;
    }

    private static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        await client.PostAsJsonAsync("/api/auth/login", new { email, password }, Ct);

    [Fact]
    public async Task Register_Returns201WithTheCustomer_AndNormalizesTheEmail()
    {
        using var client = Client();
        var email = NewEmail();

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "  " + email.ToUpperInvariant(), password = Password, name = "Anna" }, Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("c_", body.GetProperty("customerId").GetString(), StringComparison.Ordinal);
        Assert.Equal(email, body.GetProperty("email").GetString());
        Assert.Equal("Anna", body.GetProperty("name").GetString());
        Assert.False(body.TryGetProperty("passwordHash", out _));
    }

    [Fact]
    public async Task Register_Returns409Problem_WhenTheEmailIsTaken()
    {
        using var client = Client();
        var email = NewEmail();
        await RegisterAsync(client, email);

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, name = "Again" }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("{\"email\":\"a@example.nl\",\"password\":\"short\",\"name\":\"A\"}", "password")]
    [InlineData("{\"email\":\"not-an-email\",\"password\":\"long-enough-pw\",\"name\":\"A\"}", "email")]
    [InlineData("{\"email\":\"a@example.nl\",\"password\":\"long-enough-pw\"}", "name")]
    [InlineData("{\"email\":\"a@example.nl\",\"password\":\"long-enough-pw\",\"name\":\"A\",\"roles\":[\"admin\"]}", "roles")]
    [InlineData("{\"email\":\"a@example.nl\",\"password\":\"long-enough-pw\",\"name\":\"A\",\"customerId\":\"c_1\"}", "customerId")]
    [InlineData("{\"email\":42,\"password\":\"long-enough-pw\",\"name\":\"A\"}", "email")]
    public async Task Register_Returns400NamingTheField_WhenInputIsBad(string json, string field)
    {
        using var client = Client();

        var response = await client.PostAsync("/api/auth/register", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Login_ReturnsABearerToken_AndAnHttpOnlySecureLaxCookie()
    {
        using var client = Client();
        var email = NewEmail();
        await RegisterAsync(client, email);

        var response = await LoginAsync(client, email, Password);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.True(body.GetProperty("expiresIn").GetInt64() > 0);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("winkel_session=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_AnswersTheSame_ForAnUnknownEmailAndAWrongPassword()
    {
        using var client = Client();
        var email = NewEmail();
        await RegisterAsync(client, email);

        var unknown = await LoginAsync(client, NewEmail(), Password);
        var wrong = await LoginAsync(client, email, "wrong-password-1");

        var a = await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.Unauthorized);
        var b = await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.Unauthorized);
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
        Assert.Equal(a.GetProperty("type").GetString(), b.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Login_LocksTheAccount_AfterRepeatedFailures_EvenForTheRightPassword()
    {
        using var client = Client();
        var email = NewEmail();
        await RegisterAsync(client, email);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, email, "wrong-password-1")).StatusCode);
        }
        var locked = await LoginAsync(client, email, Password);

        await ProblemAssert.IsProblemAsync(locked, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_Returns401Problem_WhenAnonymous()
    {
        using var client = Client();

        var response = await client.GetAsync("/api/me", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Me_ReturnsTheCaller_WithBearerTokenOrCookie()
    {
        using var client = Client();
        var email = NewEmail();
        var customerId = await RegisterAsync(client, email);
        var login = await LoginAsync(client, email, Password);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using var cookie = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { { "Cookie", $"winkel_session={token}" } } };
        var viaBearer = await (await client.SendAsync(bearer, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var viaCookie = await client.SendAsync(cookie, Ct);

        Assert.Equal(customerId, viaBearer.GetProperty("customerId").GetString());
        Assert.Equal(email, viaBearer.GetProperty("email").GetString());
        Assert.Equal(["customer"], viaBearer.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, viaCookie.StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheSessionOnTheServer_ForTokenAndCookie()
    {
        using var client = Client();
        var email = NewEmail();
        await RegisterAsync(client, email);
        var token = (await (await LoginAsync(client, email, Password)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var logout = await client.PostAsync("/api/auth/logout", null, Ct);
        var withToken = await client.GetAsync("/api/me", Ct);
        client.DefaultRequestHeaders.Authorization = null;
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { { "Cookie", $"winkel_session={token}" } } };

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(withCookie, Ct)).StatusCode);
    }

    [Fact]
    public async Task Export_ReturnsTheProfile_WithoutThePasswordHash()
    {
        var email = NewEmail();
        using var customer = await factory.CreateCustomerClientAsync(email);

        var export = await customer.GetFromJsonAsync<JsonElement>("/api/me/export", Ct);

        var profile = export.GetProperty("profile");
        Assert.Equal(email, profile.GetProperty("email").GetString());
        Assert.Equal(1, profile.GetProperty("sessions").GetArrayLength());
        Assert.DoesNotContain("AQAAAA", export.GetRawText(), StringComparison.Ordinal);
        Assert.True(export.GetProperty("exportedAt").GetInt64() > 0);
    }

    [Fact]
    public async Task DeleteMe_ErasesTheAccount_EndsItsSessions_AndFreesTheEmail()
    {
        var email = NewEmail();
        using var customer = await factory.CreateCustomerClientAsync(email);

        var delete = await customer.DeleteAsync("/api/me", Ct);
        var me = await customer.GetAsync("/api/me", Ct);
        using var client = Client();
        var login = await LoginAsync(client, email, "correct-horse-battery");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        await RegisterAsync(client, email);
    }

    [Fact]
    public async Task Admin_FromConfiguration_HasTheAdminRole()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var me = await admin.GetFromJsonAsync<JsonElement>("/api/me", Ct);

        Assert.Contains("admin", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
