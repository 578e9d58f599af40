using Winkel.Core;
using Winkel.Orders.Storage;

namespace Winkel.Orders.Orders;

/// <summary>The orders module's share of GDPR access and erasure: orders are exported, and anonymized on erasure (bookkeeping keeps them).</summary>
internal sealed class OrderData(IOrderStore orders) : IPersonalDataContributor
{
    public string Section => "orders";

    public async Task<object?> ExportAsync(string customerId, CancellationToken cancellationToken) =>
        await orders.ListForOwnerAsync(customerId, int.MaxValue, cancellationToken);

    public Task EraseAsync(string customerId, CancellationToken cancellationToken) => orders.AnonymizeForOwnerAsync(customerId, cancellationToken);
}
