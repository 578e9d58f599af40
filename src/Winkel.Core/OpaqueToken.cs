using System.Buffers.Text;
using System.Text;

namespace Winkel.Core;

/// <summary>Opaque tokens such as paging cursors: UTF-8 text in unpadded base64url.</summary>
public static class OpaqueToken
{
    public static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    public static bool TryDecode(string token, out string text)
    {
        text = "";
        if (token.Length is 0 or > 512 || !Base64Url.IsValid(token))
        {
            return false;
        }
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
