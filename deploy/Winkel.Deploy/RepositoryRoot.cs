namespace Winkel.Deploy;

/// <summary>Finds the repository (the folder with Winkel.slnx and the Dockerfile) the image is built from.</summary>
internal static class RepositoryRoot
{
    public static string Find(string? configured)
    {
        if (configured is not null)
        {
            return Path.GetFullPath(configured);
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Winkel.slnx")) && File.Exists(Path.Combine(dir.FullName, "Dockerfile")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Found no Winkel.slnx with a Dockerfile above the working directory; set the context value repositoryRoot.");
    }
}
