using System.Text.RegularExpressions;

namespace Winkel.Orders.Checkout;

/// <summary>Postal-code formats of the countries the store ships to by default; others are only length-checked.</summary>
internal static partial class PostalCodes
{
    public static bool IsValid(string country, string postalCode) => country switch
    {
        "NL" => Dutch().IsMatch(postalCode),
        "BE" or "LU" or "AT" or "DK" or "CH" => FourDigits().IsMatch(postalCode),
        "DE" or "FR" or "ES" or "IT" or "FI" => FiveDigits().IsMatch(postalCode),
        _ => postalCode.Length is >= 2 and <= 20,
    };

    [GeneratedRegex(@"^[1-9][0-9]{3} ?[A-Za-z]{2}\z")]
    private static partial Regex Dutch();

    [GeneratedRegex(@"^[0-9]{4}\z")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"^[0-9]{5}\z")]
    private static partial Regex FiveDigits();
}
