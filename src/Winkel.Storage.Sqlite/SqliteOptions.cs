using System.ComponentModel.DataAnnotations;

namespace Winkel.Storage.Sqlite;

/// <summary>Settings of the embedded profile, under <c>Winkel</c>.</summary>
public sealed class SqliteOptions
{
    public const string Section = "Winkel";

    /// <summary>The data folder (<c>Winkel:DataDir</c>); created when missing. Relative paths start at the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDir { get; set; } = "data";

    /// <summary>The database file name inside <see cref="DataDir"/>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabaseFile { get; set; } = "winkel.db";

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDir, DatabaseFile));
}
