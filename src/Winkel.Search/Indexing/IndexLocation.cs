using System.Globalization;
using Microsoft.Extensions.Options;

namespace Winkel.Search.Indexing;

/// <summary>
/// Where the live index is: <c>&lt;DataDir&gt;/search/current</c> names the folder in use. A rebuild
/// writes a new folder beside it and then replaces the pointer with an atomic rename, so a crash at
/// any moment leaves either the old or the new index in use, never a half-built one.
/// </summary>
internal sealed class IndexLocation(IOptions<SearchDataOptions> options)
{
    private const string PointerFile = "current";

    public string Root => options.Value.SearchDir;

    /// <summary>The live index folder, or null when no index has been built yet.</summary>
    public string? Current()
    {
        var pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }
        var name = File.ReadAllText(pointer).Trim();
        return name.Length == 0 ? null : Path.Combine(Root, name);
    }

    /// <summary>A new, unused folder for an index being built.</summary>
    public string NewFolder() =>
        Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"index-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}"));

    /// <summary>Makes <paramref name="folder"/> the live index.</summary>
    public void Publish(string folder)
    {
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, PointerFile + ".tmp");
        File.WriteAllText(temporary, Path.GetFileName(folder));
        File.Move(temporary, Path.Combine(Root, PointerFile), overwrite: true);
    }

    /// <summary>
    /// Deletes index folders other than the live one (left by an interrupted rebuild, or replaced),
    /// except those a writer holds (a rebuild running in another process).
    /// </summary>
    public void DeleteOthers(string? keep)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }
        foreach (var folder in Directory.EnumerateDirectories(Root, "index-*"))
        {
            if ((keep is null || !string.Equals(Path.GetFullPath(folder), Path.GetFullPath(keep), StringComparison.Ordinal))
                && !SearchIndex.IsLocked(folder))
            {
                TryDelete(folder);
            }
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
