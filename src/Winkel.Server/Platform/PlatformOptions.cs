using System.ComponentModel.DataAnnotations;

namespace Winkel.Server.Platform;

/// <summary>Settings under <c>Winkel:Http</c>.</summary>
public sealed class HttpOptions
{
    public const string Section = "Winkel:Http";

    /// <summary>The largest request body accepted, unless an endpoint says otherwise (the import does).</summary>
    [Range(1024, 1L << 30)]
    public long MaxRequestBodyBytes { get; set; } = 1L << 20;
}

/// <summary>Settings under <c>Winkel:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Winkel:Storage";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>DynamoDb</c>.</summary>
    [Required]
    public string Provider { get; set; } = "Sqlite";
}
