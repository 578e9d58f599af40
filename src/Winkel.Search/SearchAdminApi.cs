using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Winkel.Core.Http;
using Winkel.Search.Indexing;
using Winkel.Search.Monitoring;

namespace Winkel.Search;

/// <summary>
/// Admin: rebuild the index from scratch (built aside while the live index keeps serving, then
/// swapped in), see the index's state, and the searches that found nothing.
/// </summary>
public static class SearchAdminApi
{
    public static IEndpointRouteBuilder MapSearchAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/search").WithTags("Search admin").RequireAuthorization(Policies.Admin);
        admin.MapPost("/reindex", Reindex).WithName(nameof(Reindex));
        admin.MapGet("/status", GetSearchStatus).WithName(nameof(GetSearchStatus));
        admin.MapGet("/zero-results", GetZeroResultQueries).WithName(nameof(GetZeroResultQueries));
        return app;
    }

    internal static Results<Accepted<SearchStatusResponse>, ProblemHttpResult> Reindex(
        IndexRebuilder rebuilder, SearchIndexState state, IHostApplicationLifetime lifetime)
    {
        if (rebuilder.Running)
        {
            return Problems.Conflict("reindex-running", "A reindex is running", "Wait for the running reindex to finish; GET /api/admin/search/status shows its progress.");
        }
        rebuilder.StartInBackground(lifetime.ApplicationStopping);
        return TypedResults.Accepted("/api/admin/search/status", Status(state, rebuilder, rebuilding: true));
    }

    internal static Ok<SearchStatusResponse> GetSearchStatus(IndexRebuilder rebuilder, SearchIndexState state) =>
        TypedResults.Ok(Status(state, rebuilder, rebuilder.Running));

    internal static Ok<ZeroResultQueriesResponse> GetZeroResultQueries(IZeroResultQueries queries, int? limit) =>
        TypedResults.Ok(new ZeroResultQueriesResponse(queries.Top(Math.Clamp(limit ?? 20, 1, 100))));

    private static SearchStatusResponse Status(SearchIndexState state, IndexRebuilder rebuilder, bool rebuilding)
    {
        var index = state.Current;
        return new SearchStatusResponse(
            index?.DocumentCount ?? 0,
            index?.Position ?? 0,
            state.Lag?.TotalSeconds,
            rebuilding || rebuilder.Running,
            state.Building ? state.BuildDone : null,
            state.Building ? state.BuildTotal : null);
    }
}

/// <summary>The index of this node: its products, feed position, lag (null before it is built) and a running rebuild's progress.</summary>
public sealed record SearchStatusResponse(long Documents, long Position, double? LagSeconds, bool Rebuilding, long? BuildDone, long? BuildTotal);

public sealed record ZeroResultQueriesResponse(IReadOnlyList<ZeroResultQuery> Items);
