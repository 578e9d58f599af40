using System.Text.Json;

namespace Winkel.Core;

/// <summary>
/// Reads a small JSON request body field by field so that each error names its field, and so that
/// fields the endpoint does not accept — unknown, or owned by the server — are rejected, never ignored.
/// </summary>
public sealed class JsonBody
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);

    private JsonBody(FieldErrors errors) => Errors = errors;

    public FieldErrors Errors { get; }

    /// <summary>Checks that <paramref name="body"/> is an object whose fields are all in <paramref name="accepted"/>.</summary>
    public static JsonBody Read(JsonElement body, IReadOnlyCollection<string> accepted, IReadOnlyCollection<string> serverOwned)
    {
        var reader = new JsonBody(new FieldErrors());
        if (body.ValueKind != JsonValueKind.Object)
        {
            reader.Errors.Add("body", "must be a JSON object.");
            return reader;
        }
        foreach (var property in body.EnumerateObject())
        {
            if (accepted.Contains(property.Name))
            {
                reader._fields[property.Name] = property.Value;
            }
            else
            {
                reader.Errors.Add(property.Name, serverOwned.Contains(property.Name)
                    ? "is set by the server and cannot be sent."
                    : "is not accepted by this endpoint.");
            }
        }
        return reader;
    }

    public bool Has(string field) => _fields.ContainsKey(field);

    /// <summary>A string field of <paramref name="min"/> to <paramref name="max"/> characters after trimming (unless <paramref name="trim"/> is false).</summary>
    public string? Text(string field, int min, int max, bool required = true, bool trim = true)
    {
        if (!_fields.TryGetValue(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Errors.Add(field, "is required.");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Errors.Add(field, "must be a string.");
            return null;
        }
        var text = value.GetString()!;
        if (trim)
        {
            text = text.Trim();
        }
        if (text.Length < min || text.Length > max)
        {
            Errors.Add(field, $"must be {min} to {max} characters.");
            return null;
        }
        return text;
    }

    /// <summary>A required whole-number field (range checks are the caller's).</summary>
    public int? WholeNumber(string field)
    {
        if (!_fields.TryGetValue(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Errors.Add(field, "is required.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Errors.Add(field, "must be a whole number.");
            return null;
        }
        return number;
    }
}
