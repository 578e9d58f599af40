using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Winkel.Server.Tests;

/// <summary>Signs a test client in through the API, as a real client would, and keeps its bearer token.</summary>
internal static class SignIn
{
    public const string CustomerPassword = "correct-horse-battery";

    public static async Task<HttpClient> AsAsync(this HttpClient client, string email, string password)
    {
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpClient> AsAdminAsync(this HttpClient client) =>
        client.AsAsync(WinkelAppFactory.AdminEmail, WinkelAppFactory.AdminPassword);

    /// <summary>Registers a new customer (a fresh email unless given) and signs in as them.</summary>
    public static async Task<HttpClient> AsNewCustomerAsync(this HttpClient client, string? email = null)
    {
        email ??= $"shopper-{Guid.NewGuid():N}@example.nl";
        var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password = CustomerPassword, name = "Shopper" });
        register.EnsureSuccessStatusCode();
        return await client.AsAsync(email, CustomerPassword);
    }
}
