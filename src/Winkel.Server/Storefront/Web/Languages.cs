using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Winkel.Server.Storefront.Web;

/// <summary>The storefront's languages (Dutch first), the cookie that keeps a visitor's choice, and price formatting.</summary>
internal static class Languages
{
    public const string Default = "nl";
    public const string CookieName = "winkel_lang";
    public static readonly string[] Supported = ["nl", "en"];

    private static readonly NumberFormatInfo DutchMoney = CultureInfo.GetCultureInfo("nl-NL").NumberFormat;
    // English pages still show euros: Irish English writes them as €1,299.99.
    private static readonly NumberFormatInfo EnglishMoney = CultureInfo.GetCultureInfo("en-IE").NumberFormat;

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl";

    /// <summary>A price in euros for the page's language: <c>€ 1.299,99</c> in Dutch, <c>€1,299.99</c> in English.</summary>
    public static string Price(decimal amount) => amount.ToString("C2", Current == "nl" ? DutchMoney : EnglishMoney);

    public static bool TryParse(string? code, out string language)
    {
        language = Supported.FirstOrDefault(s => string.Equals(s, code, StringComparison.OrdinalIgnoreCase)) ?? "";
        return language.Length > 0;
    }

    /// <summary>Keeps the visitor's choice for a year; read back by the request localization middleware.</summary>
    public static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax });
}
