using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Winkel.Core.Http;
using Winkel.Identity.Storage;

namespace Winkel.Identity.Accounts;

/// <summary>
/// Makes sure the admin named in <c>Winkel:Admin</c> exists with the admin role and the configured
/// password: configuration is the source of truth for this first account.
/// </summary>
internal sealed partial class AdminSeeder(
    AccountService accounts,
    ICustomerStore customers,
    IPasswordHasher<Customer> hasher,
    IOptions<AdminOptions> options,
    ILogger<AdminSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value is not { Email: { Length: > 0 } email, Password: { Length: > 0 } password })
        {
            return;
        }
        var existing = await customers.FindByEmailAsync(AccountService.NormalizeEmail(email), cancellationToken);
        if (existing is null)
        {
            await accounts.RegisterAsync(email, password, "Administrator", [Policies.CustomerRole, Policies.AdminRole], cancellationToken);
            LogCreated(logger, email);
            return;
        }
        var roles = existing.Roles.Contains(Policies.AdminRole) ? existing.Roles : [.. existing.Roles, Policies.AdminRole];
        var hash = hasher.VerifyHashedPassword(existing, existing.PasswordHash, password) == PasswordVerificationResult.Success
            ? existing.PasswordHash
            : hasher.HashPassword(existing, password);
        if (!ReferenceEquals(roles, existing.Roles) || hash != existing.PasswordHash)
        {
            await customers.UpdateProfileAsync(existing.CustomerId, existing.Name, hash, roles, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the admin account {Email} from Winkel:Admin")]
    private static partial void LogCreated(ILogger logger, string email);
}
