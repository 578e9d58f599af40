using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Winkel.Storage.DynamoDb.Tables;

namespace Winkel.Storage.DynamoDb;

/// <summary>Short forms for attribute values and items.</summary>
internal static class Attr
{
    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue N(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static Dictionary<string, AttributeValue> Key(string name, string value) => new() { [name] = S(value) };

    public static string? Str(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.S is not null ? value.S : null;

    public static long Long(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is not null ? long.Parse(value.N, NumberStyles.Integer, CultureInfo.InvariantCulture) : 0;

    public static long? LongOrNull(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is not null ? long.Parse(value.N, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    public static decimal Decimal(this Dictionary<string, AttributeValue> item, string name) =>
        decimal.Parse(item[name].N, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static bool Found(this Dictionary<string, AttributeValue>? item) => item is { Count: > 0 };

    /// <summary>The sweep-index shard of a key: a stable hash, so that the same key always lands on one shard.</summary>
    public static AttributeValue Shard(string key)
    {
        uint hash = 2166136261;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619;
        }
        return S("s" + (hash % WinkelTables.ShardCount).ToString(CultureInfo.InvariantCulture));
    }

    public static IEnumerable<string> Shards() =>
        Enumerable.Range(0, WinkelTables.ShardCount).Select(i => "s" + i.ToString(CultureInfo.InvariantCulture));
}
