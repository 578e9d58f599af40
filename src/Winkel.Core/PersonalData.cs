namespace Winkel.Core;

/// <summary>
/// A module that stores personal data implements this so that GDPR access (<c>GET /api/me/export</c>)
/// and erasure (<c>DELETE /api/me</c>) cover it. Register implementations as singletons.
/// </summary>
public interface IPersonalDataContributor
{
    /// <summary>The member name of this module's data in the export document, e.g. <c>orders</c>.</summary>
    string Section { get; }

    /// <summary>Everything this module stores about the customer, as a JSON-serializable object.</summary>
    Task<object?> ExportAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>Erases (or, where bookkeeping must keep it, anonymizes) the customer's data.</summary>
    Task EraseAsync(string customerId, CancellationToken cancellationToken);
}
