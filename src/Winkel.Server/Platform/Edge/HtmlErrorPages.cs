using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Winkel.Server.Platform.Edge;

/// <summary>
/// Friendly error pages for people: a request outside <c>/api</c> whose <c>Accept</c> prefers HTML
/// (a browser) gets a small HTML page instead of problem+json, for every error that goes through
/// <see cref="IProblemDetailsService"/> — unknown routes (404), unhandled exceptions (500), 429, 403.
/// The page has no script and no inline style, so it passes the Content-Security-Policy; it links the
/// storefront's stylesheet <c>/css/site.css</c> (absent until the storefront ships it).
/// </summary>
internal sealed class HtmlErrorPages(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) =>
        WantsHtml(context.HttpContext.Request) || RefusesJsonOnApi(context.HttpContext.Request);

    /// <summary>
    /// <c>/api</c> answers problem+json even to a client whose <c>Accept</c> leaves JSON out (the default
    /// writer would fall back to plain text): the contract says errors are problem+json.
    /// </summary>
    private static bool RefusesJsonOnApi(HttpRequest request)
    {
        if (!request.IsApi())
        {
            return false;
        }
        var accept = request.GetTypedHeaders().Accept;
        return accept.Count > 0 && !accept.Any(type => type.MediaType.Equals("*/*", StringComparison.Ordinal)
            || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase));
    }

    public static bool WantsHtml(HttpRequest request)
    {
        if (request.IsApi())
        {
            return false;
        }
        var accept = request.GetTypedHeaders().Accept;
        foreach (var type in accept)
        {
            if (type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return type.Quality is null or > 0;
            }
        }
        return false;
    }

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        if (!WantsHtml(context.HttpContext.Request))
        {
            problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
            context.ProblemDetails.Status ??= response.StatusCode;
            context.ProblemDetails.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(context.ProblemDetails.Status.Value);
            context.ProblemDetails.Type ??= "about:blank";
            return new ValueTask(response.WriteAsJsonAsync(context.ProblemDetails, context.ProblemDetails.GetType(),
                jsonOptions.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
        }
        var status = context.ProblemDetails.Status ?? response.StatusCode;
        var (title, text) = status switch
        {
            404 => ("Page not found — Pagina niet gevonden",
                "We could not find this page. / We konden deze pagina niet vinden."),
            403 => ("Not available — Niet beschikbaar", context.ProblemDetails.Detail ?? "You may not open this page."),
            429 => ("Too many requests — Te veel verzoeken",
                "Please wait a moment and try again. / Wacht even en probeer het opnieuw."),
            >= 500 => ("Something went wrong — Er ging iets mis",
                "Sorry, this did not work. Please try again in a moment. / Sorry, dit lukte niet. Probeer het zo nog eens."),
            _ => (context.ProblemDetails.Title ?? "Error", context.ProblemDetails.Detail ?? ""),
        };
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append(" · Winkel</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body class=\"error-page\">\n<main>\n")
            .Append("<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>\n")
            .Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>\n")
            .Append("<p><a href=\"/\">Home / Naar de winkel</a></p>\n")
            .Append("<p class=\"error-code\">").Append(status).Append(" · ").Append(WebUtility.HtmlEncode(context.HttpContext.TraceIdentifier)).Append("</p>\n")
            .Append("</main>\n</body>\n</html>\n")
            .ToString();
        response.ContentType = "text/html; charset=utf-8";
        response.Headers[HeaderNames.CacheControl] = "no-store";
        return new ValueTask(response.WriteAsync(html, context.HttpContext.RequestAborted));
    }
}
