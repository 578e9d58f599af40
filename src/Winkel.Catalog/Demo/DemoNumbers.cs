using System.Text;

namespace Winkel.Catalog.Demo;

/// <summary>Small formatting helpers that avoid format strings on the hot path.</summary>
internal static class DemoNumbers
{
    public const int IdDigits = 8;

    /// <summary><c>p-00000017</c>: fixed width so ids sort in order up to 99,999,999 products.</summary>
    public static string ProductId(int number)
    {
        var digits = Math.Max(IdDigits, CountDigits(number));
        return string.Create(2 + digits, number, static (span, n) =>
        {
            span[0] = 'p';
            span[1] = '-';
            for (var i = span.Length - 1; i >= 2; i--)
            {
                span[i] = (char)('0' + (n % 10));
                n /= 10;
            }
        });
    }

    /// <summary>Fills a pattern: <c>#</c> becomes a digit, <c>@</c> a capital letter, anything else stays.</summary>
    public static string Expand(string pattern, ref DemoRandom random)
    {
        Span<char> chars = stackalloc char[pattern.Length];
        for (var i = 0; i < pattern.Length; i++)
        {
            chars[i] = pattern[i] switch
            {
                '#' => (char)('0' + random.Next(10)),
                '@' => (char)('A' + random.Next(26)),
                var c => c,
            };
        }
        return new string(chars);
    }

    /// <summary>Dutch notation, as on a price tag: €1.249,99.</summary>
    public static void AppendEuros(StringBuilder text, decimal amount)
    {
        var cents = (long)(amount * 100);
        var euros = cents / 100;
        text.Append('€');
        if (euros >= 1000)
        {
            text.Append(euros / 1000).Append('.').Append((char)('0' + (euros / 100 % 10))).Append((char)('0' + (euros / 10 % 10))).Append((char)('0' + (euros % 10)));
        }
        else
        {
            text.Append(euros);
        }
        text.Append(',').Append((char)('0' + (cents / 10 % 10))).Append((char)('0' + (cents % 10)));
    }

    /// <summary>Cuts at the last space that fits, so a title never ends in half a word.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var space = text.LastIndexOf(' ', maxLength);
        return text[..(space > 0 ? space : maxLength)];
    }

    private static int CountDigits(int number)
    {
        var digits = 1;
        while (number >= 10)
        {
            number /= 10;
            digits++;
        }
        return digits;
    }
}
