using Winkel.Core;
using Winkel.Identity.Storage;

namespace Winkel.Identity.Accounts;

/// <summary>The identity module's share of GDPR access and erasure: the profile and its sessions.</summary>
internal sealed class ProfileData(ICustomerStore customers, ISessionStore sessions) : IPersonalDataContributor
{
    public string Section => "profile";

    public async Task<object?> ExportAsync(string customerId, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(customerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }
        var active = await sessions.ListForCustomerAsync(customerId, cancellationToken);
        return new ProfileExport(customer.CustomerId, customer.Email, customer.Name, customer.Roles, customer.CreatedAt,
            active.Select(s => new SessionExport(s.CreatedAt, s.ExpiresAt)).ToList());
    }

    public async Task EraseAsync(string customerId, CancellationToken cancellationToken)
    {
        await sessions.DeleteForCustomerAsync(customerId, cancellationToken);
        await customers.DeleteAsync(customerId, cancellationToken);
    }

    public sealed record ProfileExport(
        string CustomerId, string Email, string Name, IReadOnlyList<string> Roles, long CreatedAt, IReadOnlyList<SessionExport> Sessions);

    public sealed record SessionExport(long CreatedAt, long ExpiresAt);
}
