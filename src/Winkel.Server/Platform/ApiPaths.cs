namespace Winkel.Server.Platform;

/// <summary>Where the JSON API lives: requests under it answer problem+json and skip what only pages need.</summary>
internal static class ApiPaths
{
    public static bool IsApi(this HttpRequest request) => request.Path.StartsWithSegments("/api");
}
