namespace Winkel.Server.Storefront.Web;

/// <summary>The sign-in and registration forms' fields.</summary>
internal sealed class AccountInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
}
