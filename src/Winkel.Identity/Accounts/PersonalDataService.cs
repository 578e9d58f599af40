using Winkel.Core;

namespace Winkel.Identity.Accounts;

/// <summary>GDPR access and erasure over every module's personal data, for the JSON API and the account page alike.</summary>
public sealed class PersonalDataService(IEnumerable<IPersonalDataContributor> contributors, TimeProvider time)
{
    /// <summary>Everything stored about the customer, one section per module.</summary>
    public async Task<Dictionary<string, object?>> ExportAsync(string customerId, CancellationToken cancellationToken)
    {
        var export = new Dictionary<string, object?>(StringComparer.Ordinal) { ["exportedAt"] = time.Now() };
        foreach (var contributor in contributors)
        {
            export[contributor.Section] = await contributor.ExportAsync(customerId, cancellationToken);
        }
        return export;
    }

    public async Task EraseAsync(string customerId, CancellationToken cancellationToken)
    {
        // Reverse registration order: identity registers first, so the account itself goes last.
        foreach (var contributor in contributors.Reverse())
        {
            await contributor.EraseAsync(customerId, cancellationToken);
        }
    }
}
