using System.Text;

namespace Winkel.Catalog.Demo;

/// <summary>A name or sentence template, parsed once per model line so that rendering only appends strings.</summary>
internal sealed class DemoTemplate
{
    private readonly Segment[] _segments;

    private DemoTemplate(Segment[] segments) => _segments = segments;

    /// <summary>Null when the template names an attribute that <paramref name="attributeNames"/> lacks, or a code the brand has not.</summary>
    public static DemoTemplate? TryCompile(string template, IReadOnlyList<string> attributeNames, bool hasCode)
    {
        var segments = new List<Segment>();
        var start = 0;
        while (start < template.Length)
        {
            var open = template.IndexOf('{', start);
            if (open < 0)
            {
                segments.Add(new Segment(Kind.Literal, template[start..], 0));
                break;
            }
            if (open > start)
            {
                segments.Add(new Segment(Kind.Literal, template[start..open], 0));
            }
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"Demo template '{template}' has an unclosed '{{'.");
            }
            var token = template[(open + 1)..close];
            var lower = token.EndsWith(":lc", StringComparison.Ordinal);
            if (lower)
            {
                token = token[..^3];
            }
            var kind = token switch
            {
                "brand" => Kind.Brand,
                "line" => Kind.Line,
                "Noun" => Kind.Noun,
                "noun" => Kind.NounLower,
                "a noun" => Kind.NounPhrase,
                "code" => Kind.Code,
                _ => lower ? Kind.AttributeLower : Kind.Attribute,
            };
            if (kind == Kind.Code && !hasCode)
            {
                return null;
            }
            var index = 0;
            if (kind is Kind.Attribute or Kind.AttributeLower)
            {
                index = IndexOf(attributeNames, token);
                if (index < 0)
                {
                    return null;
                }
            }
            segments.Add(new Segment(kind, null, index));
            start = close + 1;
        }
        return new DemoTemplate([.. segments]);
    }

    public void AppendTo(StringBuilder text, DemoLine line, DemoDraw draw)
    {
        foreach (var segment in _segments)
        {
            text.Append(segment.Kind switch
            {
                Kind.Literal => segment.Text,
                Kind.Brand => line.Brand,
                Kind.Line => line.Name,
                Kind.Noun => line.Noun,
                Kind.NounLower => line.NounLower,
                Kind.NounPhrase => line.NounPhrase,
                Kind.Code => draw.Code,
                Kind.Attribute => draw.Values[segment.Index],
                _ => line.LowerValues[segment.Index][draw.Choices[segment.Index]],
            });
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }
        return -1;
    }

    private enum Kind
    {
        Literal,
        Brand,
        Line,
        Noun,
        NounLower,
        NounPhrase,
        Code,
        Attribute,
        AttributeLower,
    }

    private readonly record struct Segment(Kind Kind, string? Text, int Index);
}
