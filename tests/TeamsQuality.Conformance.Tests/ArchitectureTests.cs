using System.Text.RegularExpressions;
using System.Xml.Linq;
using TeamsQuality.Conformance.Tests.Infrastructure;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// docs/ARCHITECTURE.md stays true: its map (the table of projects and what each may reference) is compared with the
/// project files, both ways, so a reference against the map fails here, and so does a map that no longer says how the
/// code is built.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] ProductFolders = ["bot", "functions"];

    [Fact]
    public void Every_project_references_exactly_what_the_map_in_docs_ARCHITECTURE_md_says()
    {
        var map = MapInDocs();
        var projects = ProductFolders
            .SelectMany(folder => Directory.EnumerateFiles(Repo.PathOf(folder), "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), References);

        Assert.Equal(map.Keys.Order(StringComparer.Ordinal), projects.Keys.Order(StringComparer.Ordinal));
        foreach (var (project, references) in projects)
        {
            Assert.True(
                map[project].SetEquals(references),
                $"{project} references [{string.Join(", ", references.Order(StringComparer.Ordinal))}] but the map in docs/ARCHITECTURE.md says [{string.Join(", ", map[project].Order(StringComparer.Ordinal))}].");
        }
    }

    [Fact]
    public void The_domain_and_the_use_cases_use_no_protocol_cards_or_storage_client_types()
    {
        var offending = new[] { ("TeamsQuality.Domain", new[] { "TeamsQuality.Teams", "TeamsQuality.Cards", "TeamsQuality.Storage", "Azure.", "System.Net.Http" }), ("TeamsQuality.Application", new[] { "TeamsQuality.Teams", "TeamsQuality.Cards", "Azure." }) }
            .SelectMany(rule => Directory.EnumerateFiles(Repo.PathOf("bot", rule.Item1), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .SelectMany(path => File.ReadLines(path)
                    .Where(line => line.StartsWith("using ", StringComparison.Ordinal) && rule.Item2.Any(ns => line.Contains(" " + ns, StringComparison.Ordinal)))
                    .Select(line => $"{Path.GetRelativePath(Repo.Root, path)}: {line}")))
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void The_feature_projects_have_only_the_folders_docs_ARCHITECTURE_md_names()
    {
        var doc = File.ReadAllText(Repo.PathOf("docs", "ARCHITECTURE.md"));
        var start = doc.IndexOf("Feature folders have the same names", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/ARCHITECTURE.md no longer says which folders the projects have.");
        var paragraph = doc[start..doc.IndexOf("\n\n", start, StringComparison.Ordinal)];
        var named = FolderNames().Matches(paragraph).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        string[] featureProjects = ["bot/TeamsQuality.Domain", "bot/TeamsQuality.Storage", "bot/TeamsQuality.Application", "bot/TeamsQuality.Cards", "bot/TeamsQuality.Bot", "functions/TeamsQuality.Jobs"];
        var unnamed = featureProjects
            .SelectMany(project => Directory.EnumerateDirectories(Repo.PathOf(project.Split('/')))
                .Select(Path.GetFileName)
                .Where(folder => folder is not ("bin" or "obj" or "Properties"))
                .Where(folder => !named.Contains(folder!))
                .Select(folder => $"{project}/{folder}"))
            .ToList();
        Assert.Empty(unnamed);
    }

    /// <summary>The table under "## The map": | `Project` | `Reference`, `Reference` | why |.</summary>
    private static Dictionary<string, HashSet<string>> MapInDocs()
    {
        var doc = File.ReadAllText(Repo.PathOf("docs", "ARCHITECTURE.md"));
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match row in MapRow().Matches(doc))
        {
            var references = Names().Matches(row.Groups["refs"].Value).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            map[row.Groups["project"].Value] = references;
        }

        Assert.NotEmpty(map);
        return map;
    }

    private static HashSet<string> References(string csproj) =>
        XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar)))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\|\s*`(?<project>TeamsQuality\.[A-Za-z.]+)`\s*\|(?<refs>[^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex MapRow();

    [GeneratedRegex(@"`(TeamsQuality\.[A-Za-z.]+)`")]
    private static partial Regex Names();

    [GeneratedRegex(@"`([A-Z][A-Za-z]+)`")]
    private static partial Regex FolderNames();
}
