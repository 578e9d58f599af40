using System.Security.Cryptography;
using System.Text;

namespace Winkel.Identity.Sessions;

/// <summary>Session tokens: 256 random bits, sent as base64url, stored only as their SHA-256.</summary>
public static class SessionTokens
{
    public const string CookieName = "winkel_session";

    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
