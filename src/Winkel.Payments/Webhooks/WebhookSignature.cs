using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Winkel.Payments.Webhooks;

/// <summary>
/// Stripe's webhook signature: header <c>Stripe-Signature: t=&lt;unix&gt;,v1=&lt;hex&gt;[,v1=…]</c>, where each
/// <c>v1</c> is HMAC-SHA256 of <c>"{t}.{raw body}"</c> keyed with the UTF-8 bytes of the whole secret.
/// Several <c>v1</c> entries are allowed (Stripe sends one per active secret while a secret is rolled):
/// any match passes. Other schemes (<c>v0</c>) are ignored.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "Stripe-Signature";

    /// <summary>How far the timestamp may be from now, either way.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);

    private const int MaxHeaderLength = 2048;

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Compute(secret, timestamp, body))}";

    /// <summary>Null when the header is valid for <paramref name="body"/> at <paramref name="now"/>; else why not (for the 400, never secret).</summary>
    public static string? Verify(string? header, ReadOnlySpan<byte> body, string secret, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(header))
        {
            return $"The {Header} header is missing.";
        }
        if (header.Length > MaxHeaderLength || !TryParse(header, out var timestamp, out var signatures))
        {
            return $"The {Header} header is malformed: expected t=<unix seconds>,v1=<hex HMAC-SHA256>.";
        }
        var age = now.ToUnixTimeSeconds() - timestamp;
        if (Math.Abs(age) > (long)Tolerance.TotalSeconds)
        {
            return $"The {Header} timestamp is more than {(long)Tolerance.TotalSeconds} seconds from the server's time.";
        }
        var expected = Compute(secret, timestamp, body);
        var match = false;
        foreach (var signature in signatures)
        {
            // Every candidate is compared in full and in constant time; no early exit reveals which matched.
            match |= CryptographicOperations.FixedTimeEquals(expected, signature);
        }
        return match ? null : "No signature in the Stripe-Signature header matches the body.";
    }

    private static byte[] Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static bool TryParse(string header, out long timestamp, out List<byte[]> signatures)
    {
        timestamp = 0;
        signatures = [];
        var hasTimestamp = false;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }
            var (key, value) = (part[..equals], part[(equals + 1)..]);
            switch (key)
            {
                case "t":
                    if (hasTimestamp || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp))
                    {
                        return false;
                    }
                    hasTimestamp = true;
                    break;
                case "v1":
                    if (value.Length != 64 || !value.All(char.IsAsciiHexDigit))
                    {
                        return false;
                    }
                    signatures.Add(Convert.FromHexString(value));
                    break;
            }
        }
        return hasTimestamp && signatures.Count > 0;
    }
}
