using Microsoft.AspNetCore.Components;
using Winkel.Core.Http;

namespace Winkel.Server.Storefront.Web;

/// <summary>
/// Who may see a page: a visitor who is not signed in is sent to the sign-in page (and back after), a
/// signed-in customer without the admin role gets 403 on admin pages.
/// </summary>
internal static class PageAccess
{
    /// <summary>True when the page may render; otherwise the redirect or the 403 status is set.</summary>
    public static bool Allow(HttpContext context, NavigationManager navigation, bool adminOnly = false)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            var here = "/" + navigation.ToBaseRelativePath(navigation.Uri);
            navigation.NavigateTo("/account/sign-in?returnUrl=" + Uri.EscapeDataString(here));
            return false;
        }
        if (adminOnly && !context.User.IsInRole(Policies.AdminRole))
        {
            PageStatus.Set(context, StatusCodes.Status403Forbidden);
            return false;
        }
        return true;
    }
}
