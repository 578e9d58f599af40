using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Winkel.Cart;
using Winkel.Cart.Carts;
using Winkel.Core.Http;
using Winkel.Identity;
using Winkel.Identity.Accounts;
using Winkel.Identity.Sessions;
using Winkel.Search;

namespace Winkel.Server.Storefront.Web;

/// <summary>
/// The plain HTML form posts behind the pages (post, then redirect with 303): cart changes, language,
/// sign-out and the data export. Cart forms also sit on product pages that CDNs cache, which cannot
/// carry a per-visitor antiforgery token; the cart cookie is SameSite=Lax, so another site cannot post
/// them with it, and the policy's <c>form-action 'self'</c> keeps forms on this site.
/// </summary>
internal static class StorefrontForms
{
    public static IEndpointRouteBuilder MapStorefrontForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cart/add", AddToCart).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/cart/update", UpdateCart).DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/language/{language}", ChooseLanguage).ExcludeFromDescription();
        app.MapPost("/account/sign-out", SignOut).ExcludeFromDescription();
        app.MapGet("/account/export", ExportData).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/search/suggest", Suggest).ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> AddToCart(
        [FromForm] string? productId, [FromForm] string? quantity, HttpContext context, CartService carts, IOptions<CartOptions> options)
    {
        context.Response.NeverCache();
        var amount = int.TryParse(quantity, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var writer = CartOwners.WriterOf(context);
        var result = await carts.AddAsync(writer.OwnerId, productId ?? "", amount, context.RequestAborted);
        CartOwners.Remember(context, writer, result, options.Value);
        return TypedResults.Redirect(result.Outcome == CartOutcome.Updated ? "/cart?added=" + Uri.EscapeDataString(productId!) : CartPage(result));
    }

    /// <summary>Sets a line's quantity; the remove button sends 0.</summary>
    private static async Task<RedirectHttpResult> UpdateCart(
        [FromForm] string? productId, [FromForm] string? quantity, HttpContext context, CartService carts, IOptions<CartOptions> options)
    {
        context.Response.NeverCache();
        var amount = int.TryParse(quantity, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        var writer = CartOwners.WriterOf(context);
        var result = await carts.SetAsync(writer.OwnerId, productId ?? "", amount, context.RequestAborted);
        CartOwners.Remember(context, writer, result, options.Value);
        return TypedResults.Redirect(result.Outcome == CartOutcome.Updated ? "/cart" : CartPage(result));
    }

    private static string CartPage(CartResult result) =>
        $"/cart?problem={result.Outcome.ToString().ToLowerInvariant()}&field={Uri.EscapeDataString(result.Field ?? "")}";

    private static RedirectHttpResult ChooseLanguage(string language, string? returnUrl, HttpContext context)
    {
        context.Response.NeverCache();
        if (Languages.TryParse(language, out var chosen))
        {
            Languages.Remember(context, chosen);
        }
        return TypedResults.Redirect(Urls.LocalOrHome(returnUrl));
    }

    private static async Task<RedirectHttpResult> SignOut(HttpContext context, CookieSignIn signIn)
    {
        await signIn.SignOutAsync(context, context.RequestAborted);
        return TypedResults.Redirect("/");
    }

    private static async Task<IResult> ExportData(HttpContext context, PersonalDataService personalData)
    {
        context.Response.NeverCache();
        var export = await personalData.ExportAsync(context.User.CustomerId(), context.RequestAborted);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"winkel-my-data.json\"";
        return TypedResults.Json(export);
    }

    /// <summary>Search suggestions for the search box (site.js), a plain JSON array of completions.</summary>
    private static async Task<IResult> Suggest(string? q, ISearchService search, HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=300";
        if (string.IsNullOrWhiteSpace(q) || q.Length > 100)
        {
            return TypedResults.Json(Array.Empty<string>());
        }
        return TypedResults.Json(await search.SuggestAsync(q.Trim(), 8, context.RequestAborted));
    }
}
