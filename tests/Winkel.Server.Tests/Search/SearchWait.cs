using System.Net.Http.Json;
using System.Text.Json;

namespace Winkel.Server.Tests.Search;

/// <summary>Polls <c>/api/search</c> until an answer satisfies a condition (up to 10 s); no timing is asserted.</summary>
internal static class SearchWait
{
    public static async Task<JsonElement> UntilAsync(HttpClient client, string query, Func<JsonElement, bool> condition)
    {
        JsonElement body = default;
        for (var i = 0; i < 200; i++)
        {
            var response = await client.GetAsync("/api/search?" + query, TestContext.Current.CancellationToken);
            if (response.IsSuccessStatusCode)
            {
                body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
                if (condition(body))
                {
                    return body;
                }
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"/api/search?{query} never gave the expected answer; last: {body}");
    }

    public static IEnumerable<string> Ids(JsonElement body) =>
        body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("productId").GetString()!);
}
