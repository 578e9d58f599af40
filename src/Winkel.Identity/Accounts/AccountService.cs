using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Winkel.Core;
using Winkel.Core.Http;
using Winkel.Identity.Sessions;
using Winkel.Identity.Storage;

namespace Winkel.Identity.Accounts;

public enum RegistrationStatus
{
    Registered,
    EmailTaken,
}

/// <summary>A new session: the token goes to the client once, as bearer token and cookie.</summary>
public sealed record SignIn(string Token, Session Session);

/// <summary>
/// Registration, sign-in with lockout, and sign-out. Used by the JSON API and the storefront pages alike.
/// </summary>
public sealed class AccountService(
    ICustomerStore customers,
    ISessionStore sessions,
    IPasswordHasher<Customer> hasher,
    TimeProvider time,
    IOptions<IdentityOptions> options)
{
    // Verified against when the email is unknown, so that an unknown email costs the same time as a wrong password.
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(Decoy, Guid.NewGuid().ToString()));

    private static readonly Customer Decoy = new("decoy", "", "", "", [], 0, 0, 0);

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public static bool IsValidEmail(string email) =>
        email.Length <= 254
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal);

    public async Task<(RegistrationStatus Status, Customer Customer)> RegisterAsync(
        string email, string password, string name, IReadOnlyList<string>? roles, CancellationToken cancellationToken)
    {
        var customer = new Customer(
            CustomerId: $"c_{Guid.CreateVersion7():N}",
            Email: NormalizeEmail(email),
            Name: name,
            PasswordHash: "",
            Roles: roles ?? [Policies.CustomerRole],
            FailedLogins: 0,
            LockedUntil: 0,
            CreatedAt: time.Now());
        customer = customer with { PasswordHash = hasher.HashPassword(customer, password) };
        var created = await customers.CreateAsync(customer, cancellationToken);
        return (created ? RegistrationStatus.Registered : RegistrationStatus.EmailTaken, customer);
    }

    /// <summary>
    /// Signs in; null for an unknown email, a wrong password or a locked account alike, so that the
    /// answer never tells which.
    /// </summary>
    public async Task<SignIn?> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.Now();
        var customer = await customers.FindByEmailAsync(NormalizeEmail(email), cancellationToken);
        if (customer is null)
        {
            hasher.VerifyHashedPassword(Decoy, _decoyHash.Value, password);
            return null;
        }
        var verdict = hasher.VerifyHashedPassword(customer, customer.PasswordHash, password);
        if (customer.LockedUntil > now)
        {
            return null;
        }
        if (verdict == PasswordVerificationResult.Failed)
        {
            var lockUntil = now + (long)settings.LockoutDuration.TotalSeconds;
            await customers.RecordFailedLoginAsync(customer.CustomerId, settings.MaxFailedLogins, lockUntil, cancellationToken);
            return null;
        }
        if (customer.FailedLogins > 0)
        {
            await customers.ResetFailedLoginsAsync(customer.CustomerId, cancellationToken);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await customers.UpdateProfileAsync(customer.CustomerId, customer.Name, hasher.HashPassword(customer, password), customer.Roles, cancellationToken);
        }

        var token = SessionTokens.NewToken();
        var session = new Session(SessionTokens.Hash(token), customer.CustomerId, customer.Email, customer.Roles,
            now, now + (long)settings.SessionLifetime.TotalSeconds);
        await sessions.CreateAsync(session, cancellationToken);
        return new SignIn(token, session);
    }

    public Task SignOutAsync(string tokenHash, CancellationToken cancellationToken) => sessions.DeleteAsync(tokenHash, cancellationToken);
}
