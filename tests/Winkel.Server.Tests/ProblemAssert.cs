using System.Net;
using System.Text.Json;

namespace Winkel.Server.Tests;

/// <summary>Checks that an answer is an RFC 9457 problem with the given status, and names the given fields.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.True(problem.TryGetProperty("type", out _), "problem has no type");
        foreach (var field in fields)
        {
            Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"Expected the problem to name '{field}': {body}");
        }
        return problem;
    }
}
