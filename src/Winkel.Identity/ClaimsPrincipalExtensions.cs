using System.Security.Claims;

namespace Winkel.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in customer's id; call only behind an authorization requirement.</summary>
    public static string CustomerId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request is not authenticated.");

    public static string? CustomerIdOrNull(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
