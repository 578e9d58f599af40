using Microsoft.AspNetCore.Http;

namespace Winkel.Core;

/// <summary>
/// Told when a customer has just signed in on a request, e.g. so that the cart module can merge the
/// guest cart the request carried into the customer's cart. Register implementations as singletons.
/// </summary>
public interface ISignInObserver
{
    Task OnSignedInAsync(string customerId, HttpContext context, CancellationToken cancellationToken);
}
