using System.Net;

namespace Winkel.Server.Tests;

/// <summary>
/// Waits out the start-up of a host: the search index builds in the background at first start, and
/// <c>/health/ready</c> answers 503 until it has caught up.
/// </summary>
public static class Readiness
{
    /// <summary>The readiness status once it is 200, or the last one seen after 30 seconds of asking.</summary>
    public static async Task<HttpStatusCode> SettledAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var status = (await client.GetAsync("/health/ready", cancellationToken)).StatusCode;
            if (status == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return status;
            }
            await Task.Delay(100, cancellationToken);
        }
    }
}
