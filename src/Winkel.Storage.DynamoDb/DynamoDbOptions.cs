using System.ComponentModel.DataAnnotations;

namespace Winkel.Storage.DynamoDb;

/// <summary>Settings of the cloud profile's data layer, under <c>Winkel:DynamoDb</c>.</summary>
public sealed class DynamoDbOptions
{
    public const string Section = "Winkel:DynamoDb";

    /// <summary>
    /// The endpoint, e.g. <c>http://127.0.0.1:8000</c> for DynamoDB Local or ScyllaDB Alternator; empty
    /// for AWS itself, where <see cref="Region"/> picks the endpoint.
    /// </summary>
    [Url]
    public string? ServiceUrl { get; set; }

    /// <summary>The AWS region (also the signing region for a local endpoint).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Region { get; set; } = "eu-west-1";

    /// <summary>Put before every table name (<c>{TablePrefix}Products</c>), so that several stores share an account.</summary>
    [RegularExpression("^[A-Za-z0-9_.-]{0,200}$")]
    public string TablePrefix { get; set; } = "Winkel-";

    /// <summary>Attempts per request, first included, for throttling and transient errors (the SDK's adaptive retry mode adds backoff with jitter).</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
