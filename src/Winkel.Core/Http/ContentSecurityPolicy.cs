using System.Text;

namespace Winkel.Core.Http;

/// <summary>
/// The Content-Security-Policy every response carries: same-origin only, no inline script or style.
/// An options type: an adapter adds its sources at registration, e.g. the Stripe provider with
/// <c>services.Configure&lt;ContentSecurityPolicy&gt;(csp =&gt; csp.Add("script-src", "https://js.stripe.com")
/// .Add("frame-src", "https://js.stripe.com").Add("connect-src", "https://api.stripe.com"))</c>; settings
/// add more under <c>Winkel:Http:Security:ContentSecurityPolicy</c>. The header is built once at start.
/// </summary>
public sealed class ContentSecurityPolicy
{
    private readonly List<(string Directive, List<string> Sources)> _directives =
    [
        ("default-src", ["'self'"]),
        ("script-src", ["'self'"]),
        ("style-src", ["'self'"]),
        ("img-src", ["'self'", "data:"]),
        ("font-src", ["'self'"]),
        ("connect-src", ["'self'"]),
        ("form-action", ["'self'"]),
        ("frame-ancestors", ["'none'"]),
        ("base-uri", ["'self'"]),
        ("object-src", ["'none'"]),
    ];

    /// <summary>
    /// Adds a source to a directive, e.g. <c>Add("script-src", "https://js.stripe.com")</c>. A fetch directive
    /// (<c>*-src</c>) that is not there yet starts from <c>default-src</c>'s sources, which applied to it until
    /// now: adding a source only ever allows more.
    /// </summary>
    public ContentSecurityPolicy Add(string directive, string source)
    {
        var index = _directives.FindIndex(d => d.Directive == directive);
        if (index < 0)
        {
            var fallback = directive.EndsWith("-src", StringComparison.Ordinal) ? _directives.Find(d => d.Directive == "default-src").Sources : null;
            _directives.Add((directive, fallback is null ? [source] : [.. fallback.Where(s => s != source), source]));
        }
        else if (!_directives[index].Sources.Contains(source))
        {
            _directives[index].Sources.Add(source);
        }
        return this;
    }

    public override string ToString()
    {
        var policy = new StringBuilder();
        foreach (var (directive, sources) in _directives)
        {
            if (policy.Length > 0)
            {
                policy.Append("; ");
            }
            policy.Append(directive).Append(' ').AppendJoin(' ', sources);
        }
        return policy.ToString();
    }
}
