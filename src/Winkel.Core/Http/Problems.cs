using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Winkel.Core.Http;

/// <summary>
/// The problem+json answers every module gives. Winkel's own problem types are relative URIs
/// <c>/problems/{name}</c>, documented in docs/api.md; clients match on the last segment.
/// </summary>
public static class Problems
{
    public static string Type(string name) => $"/problems/{name}";

    public static ValidationProblem Validation(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), type: Type("validation"));

    public static ValidationProblem Validation(string field, string message) =>
        TypedResults.ValidationProblem(FieldErrors.For(field, message), type: Type("validation"));

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title, type: Type("not-found"));

    public static ProblemHttpResult Conflict(string name, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title, type: Type(name));
}
