using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Winkel.Search.Querying;

/// <summary>
/// A segment's deleted documents in ascending order, worked out once per version of its live docs:
/// asking Lucene's live docs about every document is a virtual call each, a few milliseconds per
/// query on a million products, while a store's deletions (an update deletes the old version) are
/// few. A reader opened after new deletions has a new live-docs object, so the list is never stale.
/// </summary>
internal static class DeletedDocs
{
    private static readonly ConditionalWeakTable<IBits, int[]> Cache = [];

    public static int[] Of(AtomicReader reader)
    {
        if (reader.LiveDocs is not { } live)
        {
            return [];
        }
        if (Cache.TryGetValue(live, out var deleted))
        {
            return deleted;
        }
        var maxDoc = reader.MaxDoc;
        return Cache.GetValue(live, bits => Deleted(bits, maxDoc));
    }

    private static int[] Deleted(IBits live, int maxDoc)
    {
        var deleted = new List<int>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (!live.Get(doc))
            {
                deleted.Add(doc);
            }
        }
        return [.. deleted];
    }
}
