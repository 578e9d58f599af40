using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Winkel.Core.Http;

/// <summary>Strong ETags from content, and the <c>If-None-Match</c> check (RFC 9110 §13.1.2, weak comparison).</summary>
public static class EntityTags
{
    /// <summary>A strong ETag: the first 128 bits of the SHA-256 of the bytes, base64url, quoted.</summary>
    public static string For(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return "\"" + Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>True when the request's <c>If-None-Match</c> names <paramref name="etag"/> (or is <c>*</c>).</summary>
    public static bool IsNotModified(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0)
        {
            return false;
        }
        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }
        var ours = new EntityTagHeaderValue(etag);
        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false) || SameIgnoringCoding(tag.Tag, etag))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The compression middleware marks a compressed answer's ETag as <c>"tag-br"</c> / <c>"tag-gz"</c>; it names the same content.</summary>
    private static bool SameIgnoringCoding(Microsoft.Extensions.Primitives.StringSegment tag, string etag) =>
        tag.Length == etag.Length + 3
        && tag.AsSpan(0, etag.Length - 1).SequenceEqual(etag.AsSpan(0, etag.Length - 1))
        && (tag.EndsWith("-br\"", StringComparison.Ordinal) || tag.EndsWith("-gz\"", StringComparison.Ordinal));

    /// <summary>Writes a 304 with the ETag (and no body).</summary>
    public static void WriteNotModified(HttpResponse response, string etag)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.Headers.ETag = etag;
    }
}
