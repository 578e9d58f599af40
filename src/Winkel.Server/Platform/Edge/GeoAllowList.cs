using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Winkel.Core.Http;

namespace Winkel.Server.Platform.Edge;

/// <summary>
/// When <see cref="GeoOptions.AllowedCountries"/> is set, a request whose CDN country header names
/// another country gets 403. A request without the header (health checks, the load balancer, a
/// direct call inside the VPC) passes: the CDN is what sets it, and the CDN is the only way in.
/// </summary>
internal sealed class GeoAllowList(RequestDelegate next, IOptions<GeoOptions> options)
{
    private readonly HashSet<string> _allowed = new(options.Value.AllowedCountries, StringComparer.OrdinalIgnoreCase);
    private readonly string _header = options.Value.CountryHeader;

    public Task InvokeAsync(HttpContext context)
    {
        if (_allowed.Count == 0 || context.Request.Headers[_header] is not [{ Length: > 0 } country] || _allowed.Contains(country))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Not available in your country",
                Detail = "This store does not serve your country.",
                Type = Problems.Type("country-not-served"),
            },
        }).AsTask();
    }
}
