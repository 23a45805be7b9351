namespace TeamsQuality.Benchmarks.Infrastructure;

public static class RepoRoot
{
    /// <summary>The folder with TeamsQuality.sln, found upwards from the program and from the current directory.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TeamsQuality.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
