using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Winkel.Core;
using Winkel.Core.Http;
using Winkel.Identity.Accounts;

namespace Winkel.Identity.Sessions;

/// <summary>
/// Sign-in and sign-out on a request, for the JSON API and the storefront pages alike: the session
/// token goes into the HttpOnly session cookie and the sign-in observers (guest cart merge) run.
/// </summary>
public sealed class CookieSignIn(AccountService accounts, IEnumerable<ISignInObserver> observers)
{
    /// <summary>The new session, or null when the email, password or lockout refuse it.</summary>
    public async Task<Accounts.SignIn?> SignInAsync(HttpContext context, string email, string password, CancellationToken cancellationToken)
    {
        var signIn = await accounts.SignInAsync(email, password, cancellationToken);
        if (signIn is null)
        {
            return null;
        }
        var expires = DateTimeOffset.FromUnixTimeSeconds(signIn.Session.ExpiresAt);
        context.Response.Cookies.Append(SessionTokens.CookieName, signIn.Token, HttpResponses.SecureCookie(expires: expires));
        foreach (var observer in observers)
        {
            await observer.OnSignedInAsync(signIn.Session.CustomerId, context, cancellationToken);
        }
        return signIn;
    }

    /// <summary>Ends the request's session (if any) and drops its cookie.</summary>
    public async Task SignOutAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.User.FindFirstValue(SessionAuthenticationHandler.SessionClaim) is { } tokenHash)
        {
            await accounts.SignOutAsync(tokenHash, cancellationToken);
        }
        ExpireCookie(context);
    }

    public static void ExpireCookie(HttpContext context) =>
        context.Response.Cookies.Delete(SessionTokens.CookieName, HttpResponses.SecureCookie());
}
