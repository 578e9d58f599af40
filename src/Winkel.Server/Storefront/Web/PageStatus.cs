using Microsoft.AspNetCore.Diagnostics;

namespace Winkel.Server.Storefront.Web;

/// <summary>Answers a page with an error status while still showing the page's own friendly text.</summary>
internal static class PageStatus
{
    /// <summary>404 with the not-found page (the router's <c>NotFoundPage</c>) inside the layout.</summary>
    public static void NotFound(HttpContext context, Microsoft.AspNetCore.Components.NavigationManager navigation)
    {
        Set(context, StatusCodes.Status404NotFound);
        navigation.NotFound();
    }

    public static void Set(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        // Otherwise the status code pages middleware replaces the page with a problem+json body.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }
    }
}
