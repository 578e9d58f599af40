using System.Text.Json;

namespace Winkel.Core;

/// <summary>
/// Finds values that look like payment card numbers (PANs), so that an endpoint can refuse them before
/// anything stores or logs them: card data never enters Winkel, only payment-method tokens do.
/// A card number here is 13 to 19 digits, optionally grouped by single spaces or dashes, whose first
/// digit is 1 to 6 (the issuer ranges of the card networks: UATP, Visa, Mastercard, Amex, Diners, JCB,
/// Discover, UnionPay, Maestro) and which passes the Luhn check. Phone numbers with a <c>00</c> or
/// <c>+</c> prefix, postal codes and digits glued to letters (ids) do not match; a digit run inside
/// longer text does ("card 4242 4242 4242 4242 exp 12/30").
/// </summary>
public static class CardNumbers
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;

    /// <summary>True when the whole of <paramref name="value"/> (trimmed) is a card number.</summary>
    public static bool LooksLikeCardNumber(string value)
    {
        var text = value.AsSpan().Trim();
        return text.Length > 0 && RunLength(text, 0) == text.Length && IsCardNumber(text);
    }

    /// <summary>True when <paramref name="value"/> contains a card number anywhere, e.g. "card 4242 4242 4242 4242 exp 12/30".</summary>
    public static bool ContainsCardNumber(string value)
    {
        var text = value.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }
            var length = RunLength(text, i);
            if (!IsPartOfToken(text, i, length) && IsCardNumber(text.Slice(i, length)))
            {
                return true;
            }
            i += length - 1;
        }
        return false;
    }

    /// <summary>
    /// The path (<c>shippingAddress.street</c>, <c>lines[2].note</c>; <c>body</c> for the root) of the
    /// first string or number in <paramref name="body"/> that contains a card number, else null.
    /// Name the path in the 400; never echo the value.
    /// </summary>
    public static string? FindIn(JsonElement body) => Find(body, "");

    private static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{(path.Length == 0 ? "body" : path)}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.String:
                return ContainsCardNumber(element.GetString()!) ? PathOrBody(path) : null;
            case JsonValueKind.Number:
                return ContainsCardNumber(element.GetRawText()) ? PathOrBody(path) : null;
            default:
                return null;
        }
    }

    /// <summary>A run glued to a letter (an id such as <c>AB1234…</c>) or after <c>+</c> (a phone number) is not a card number.</summary>
    private static bool IsPartOfToken(ReadOnlySpan<char> text, int start, int length) =>
        (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '+'))
        || (start + length < text.Length && char.IsAsciiLetter(text[start + length]));

    private static string PathOrBody(string path) => path.Length == 0 ? "body" : path;

    /// <summary>Length of the run of digits starting at <paramref name="start"/>, with single spaces or dashes between digits.</summary>
    private static int RunLength(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
            if (end + 1 < text.Length && text[end] is ' ' or '-' && char.IsAsciiDigit(text[end + 1]))
            {
                end++;
            }
        }
        return end - start;
    }

    private static bool IsCardNumber(ReadOnlySpan<char> run)
    {
        Span<byte> digits = stackalloc byte[MaxDigits];
        var count = 0;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == MaxDigits)
                {
                    return false;
                }
                digits[count++] = (byte)(c - '0');
            }
        }
        return count >= MinDigits && digits[0] is >= 1 and <= 6 && PassesLuhn(digits[..count]);
    }

    private static bool PassesLuhn(ReadOnlySpan<byte> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            int digit = digits[digits.Length - 1 - i];
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
