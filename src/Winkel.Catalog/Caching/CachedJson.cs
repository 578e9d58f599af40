using System.Buffers;
using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Hybrid;
using Winkel.Core.Http;

namespace Winkel.Catalog.Caching;

/// <summary>
/// A cached answer body (UTF-8 JSON) with its strong ETag, computed once when the entry is filled.
/// Immutable, so HybridCache hands out the same instance on every in-process hit instead of a copy.
/// <see cref="Missing"/> caches "no such product", so unknown ids do not reach the store either.
/// </summary>
[ImmutableObject(true)]
public sealed class CachedJson
{
    public static readonly CachedJson Missing = new([], "");

    private CachedJson(byte[] body, string etag)
    {
        Body = body;
        ETag = etag;
    }

    public byte[] Body { get; }

    public string ETag { get; }

    public bool IsMissing => ETag.Length == 0;

    public static CachedJson From(ReadOnlySpan<byte> body) => new(body.ToArray(), EntityTags.For(body));

    public static CachedJson Own(byte[] body) => new(body, EntityTags.For(body));

    /// <summary>An entry read back from the second level, its ETag as stored.</summary>
    internal static CachedJson Restore(byte[] body, string etag) => new(body, etag);

    /// <summary>Writes the body with its ETag, or 304 when the client already has it.</summary>
    public Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        if (EntityTags.IsNotModified(context.Request, ETag))
        {
            EntityTags.WriteNotModified(response, ETag);
            return Task.CompletedTask;
        }
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = Body.Length;
        response.Headers.ETag = ETag;
        return response.Body.WriteAsync(Body, context.RequestAborted).AsTask();
    }
}

/// <summary>Stores a <see cref="CachedJson"/> in the second level (Redis) as: ETag length, ETag (ASCII), body.</summary>
internal sealed class CachedJsonSerializer : IHybridCacheSerializer<CachedJson>
{
    public CachedJson Deserialize(ReadOnlySequence<byte> source)
    {
        var bytes = source.ToArray();
        if (bytes.Length == 0 || bytes[0] == 0)
        {
            return CachedJson.Missing;
        }
        var etagLength = bytes[0];
        return CachedJson.Restore(bytes[(1 + etagLength)..], System.Text.Encoding.ASCII.GetString(bytes, 1, etagLength));
    }

    public void Serialize(CachedJson value, IBufferWriter<byte> target)
    {
        if (value.IsMissing)
        {
            target.Write([(byte)0]);
            return;
        }
        var etag = System.Text.Encoding.ASCII.GetBytes(value.ETag);
        target.Write([(byte)etag.Length]);
        target.Write(etag);
        target.Write(value.Body);
    }
}
