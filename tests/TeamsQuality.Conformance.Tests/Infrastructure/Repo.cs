namespace TeamsQuality.Conformance.Tests.Infrastructure;

/// <summary>The repository these tests check, and the tools eng/install-tools.sh puts in its tools/ folder.</summary>
public static class Repo
{
    private const string InstallHint = "run eng/install-tools.sh (it installs tools/node and tools/bicep), then run the tests again";

    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    /// <summary>The Node tools (adaptivecards, @microsoft/app-manifest); fails the test, never skips it, when they are missing.</summary>
    public static void RequireNodeTools()
    {
        RequireFile("the Adaptive Cards library", "tools", "node", "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
        RequireFile("the Teams manifest validator", "tools", "node", "node_modules", "@microsoft", "app-manifest", "package.json");
    }

    /// <summary>The Bicep CLI linked to tools/bicep; fails the test when it is missing.</summary>
    public static void RequireBicep() => RequireFile("the Bicep CLI", "tools", "bicep");

    private static void RequireFile(string what, params string[] relative)
    {
        var path = PathOf(relative);
        if (!File.Exists(path))
        {
            Assert.Fail($"{what} is not installed ({Path.GetRelativePath(Root, path)} is missing): {InstallHint}.");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsQuality.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Could not find the repository root (a folder with TeamsQuality.sln) above {AppContext.BaseDirectory}.");
    }
}
