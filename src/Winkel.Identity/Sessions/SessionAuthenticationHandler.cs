using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Winkel.Core;
using Winkel.Identity.Storage;

namespace Winkel.Identity.Sessions;

/// <summary>
/// Authenticates a request by its session token, sent as <c>Authorization: Bearer</c> or in the
/// session cookie, looked up in the session store on every request: when a session is deleted (logout,
/// erasure) its token and cookie stop working at once, on every node.
/// </summary>
internal sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISessionStore sessions,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Session";
    public const string SessionClaim = "sid";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }
        var session = await sessions.GetAsync(SessionTokens.Hash(token), Context.RequestAborted);
        if (session is null || session.ExpiresAt <= time.Now())
        {
            return AuthenticateResult.Fail("The session has ended.");
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, session.CustomerId),
            new(ClaimTypes.Email, session.Email),
            new(SessionClaim, session.TokenHash),
        };
        claims.AddRange(session.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private string? ReadToken()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var bearer = authorization["Bearer ".Length..].Trim();
            return bearer.Length is > 0 and <= 128 ? bearer : null;
        }
        return Request.Cookies.TryGetValue(SessionTokens.CookieName, out var cookie) && cookie.Length is > 0 and <= 128 ? cookie : null;
    }
}
