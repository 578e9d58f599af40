using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Winkel.Core.Http;
using Winkel.Payments;

namespace Winkel.Server.Platform;

/// <summary>
/// Turns bad input that surfaces as an exception — malformed JSON, a wrong content type, a body over
/// the limit — into a 4xx problem+json naming the field where one is known. Everything else is left to
/// the default handler, which answers a plain 500 problem without internals.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is PaymentProviderUnavailableException unavailable)
        {
            return await WriteUnavailableAsync(context, unavailable);
        }
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var problem = bad.InnerException is JsonException json
            ? new ValidationProblemDetails(new Dictionary<string, string[]> { [FieldOf(json)] = [JsonMessage(json)] })
            {
                Title = "The request body is not valid JSON.",
                Type = Problems.Type("malformed-json"),
            }
            : bad.StatusCode == StatusCodes.Status400BadRequest && context.Request.ContentLength is null or 0
                ? new ValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = ["is required: send a JSON object."] })
                {
                    Title = "The request body is missing.",
                    Type = Problems.Type("validation"),
                }
                : new ProblemDetails { Title = TitleFor(bad.StatusCode), Detail = bad.Message, Type = Problems.Type(TypeFor(bad.StatusCode)) };
        problem.Status = bad.StatusCode;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The payment provider is down or its queue is full: 503 with Retry-After (never a bare 500).</summary>
    private async ValueTask<bool> WriteUnavailableAsync(HttpContext context, PaymentProviderUnavailableException exception)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(exception.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Payments are busy; try again shortly.",
            Detail = "The payment provider could not be reached in time. An order already placed keeps its reservation and is settled from the provider's answer or released automatically.",
            Type = Problems.Type("payments-unavailable"),
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static string FieldOf(JsonException exception) =>
        exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    private static string JsonMessage(JsonException exception) =>
        exception.LineNumber is { } line
            ? $"is not valid JSON (line {line + 1}, position {exception.BytePositionInLine + 1})."
            : "is not valid JSON.";

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type: send application/json.",
        _ => "Bad request.",
    };

    private static string TypeFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "body-too-large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
        _ => "bad-request",
    };
}
