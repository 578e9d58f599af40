using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Winkel.Core;
using Winkel.Core.Http;
using Winkel.Identity.Accounts;
using Winkel.Identity.Sessions;
using Winkel.Identity.Storage;

namespace Winkel.Identity;

/// <summary>Register, sign in and out, the caller's profile, and GDPR access and erasure.</summary>
public static class IdentityApi
{
    private static readonly string[] RegisterFields = ["email", "password", "name"];
    private static readonly string[] LoginFields = ["email", "password"];
    private static readonly string[] ServerOwnedFields = ["customerId", "roles", "createdAt", "failedLogins", "lockedUntil", "passwordHash"];

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Identity");
        auth.MapPost("/register", Register).WithName(nameof(Register));
        auth.MapPost("/login", Login).WithName(nameof(Login));
        auth.MapPost("/logout", Logout).WithName(nameof(Logout));

        var me = app.MapGroup("/api/me").WithTags("Identity").RequireAuthorization();
        me.MapGet("/", GetMe).WithName(nameof(GetMe));
        me.MapGet("/export", ExportMyData).WithName(nameof(ExportMyData));
        me.MapDelete("/", DeleteMe).WithName(nameof(DeleteMe));
        return app;
    }

    public static async Task<Results<Created<CustomerResponse>, ValidationProblem, ProblemHttpResult>> Register(
        JsonElement body, AccountService accounts, IOptions<IdentityOptions> options, CancellationToken cancellationToken)
    {
        var fields = JsonBody.Read(body, RegisterFields, ServerOwnedFields);
        var email = fields.Text("email", 3, 254);
        var password = fields.Text("password", options.Value.MinPasswordLength, 200, trim: false);
        var name = fields.Text("name", 1, 100);
        if (email is not null && !AccountService.IsValidEmail(email))
        {
            fields.Errors.Add("email", "must be a valid email address.");
        }
        if (!fields.Errors.IsEmpty)
        {
            return Problems.Validation(fields.Errors);
        }
        var (status, customer) = await accounts.RegisterAsync(email!, password!, name!, roles: null, cancellationToken);
        return status == RegistrationStatus.EmailTaken
            ? Problems.Conflict("email-taken", "Email already registered", "An account with this email already exists; sign in instead.")
            : TypedResults.Created("/api/me", new CustomerResponse(customer.CustomerId, customer.Email, customer.Name));
    }

    public static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> Login(
        JsonElement body, HttpContext context, CookieSignIn cookieSignIn, CancellationToken cancellationToken)
    {
        var fields = JsonBody.Read(body, LoginFields, ServerOwnedFields);
        var email = fields.Text("email", 1, 254);
        var password = fields.Text("password", 1, 200, trim: false);
        if (!fields.Errors.IsEmpty)
        {
            return Problems.Validation(fields.Errors);
        }
        var signIn = await cookieSignIn.SignInAsync(context, email!, password!, cancellationToken);
        if (signIn is null)
        {
            return TypedResults.Problem(
                "The email or password is wrong, or the account is locked for a while after repeated failed attempts.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", type: Problems.Type("invalid-credentials"));
        }
        return TypedResults.Ok(new TokenResponse(signIn.Token, "Bearer", signIn.Session.ExpiresAt - signIn.Session.CreatedAt));
    }

    public static async Task<NoContent> Logout(HttpContext context, CookieSignIn cookieSignIn, CancellationToken cancellationToken)
    {
        await cookieSignIn.SignOutAsync(context, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetMe(
        ClaimsPrincipal user, ICustomerStore customers, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(user.CustomerId(), cancellationToken);
        return customer is null
            ? TypedResults.Unauthorized()
            : TypedResults.Ok(new MeResponse(customer.CustomerId, customer.Email, customer.Name, customer.Roles));
    }

    public static async Task<Ok<Dictionary<string, object?>>> ExportMyData(
        ClaimsPrincipal user, PersonalDataService personalData, CancellationToken cancellationToken) =>
        TypedResults.Ok(await personalData.ExportAsync(user.CustomerId(), cancellationToken));

    public static async Task<NoContent> DeleteMe(
        ClaimsPrincipal user, HttpContext context, PersonalDataService personalData, CancellationToken cancellationToken)
    {
        await personalData.EraseAsync(user.CustomerId(), cancellationToken);
        CookieSignIn.ExpireCookie(context);
        return TypedResults.NoContent();
    }
}

public sealed record CustomerResponse(string CustomerId, string Email, string Name);

public sealed record TokenResponse(string AccessToken, string TokenType, long ExpiresIn);

public sealed record MeResponse(string CustomerId, string Email, string Name, IReadOnlyList<string> Roles);
