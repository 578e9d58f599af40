namespace Winkel.Core;

/// <summary>
/// Collects validation messages per field, in the shape of a problem+json <c>errors</c> member
/// (<c>{ "field": ["message"] }</c>). Field names are the JSON paths a client sent, e.g. <c>seo.title</c>.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public int Count => _errors.Count;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }
        messages.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public static IDictionary<string, string[]> For(string field, string message) =>
        new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] };
}
