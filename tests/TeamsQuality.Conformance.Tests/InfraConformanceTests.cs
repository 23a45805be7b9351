using System.Text.RegularExpressions;
using TeamsQuality.Conformance.Tests.Infrastructure;

namespace TeamsQuality.Conformance.Tests;

/// <summary>infra/ builds and lints clean with the Bicep CLI (eng/check-infra.sh, offline).</summary>
public sealed partial class InfraConformanceTests
{
    [Fact]
    public async Task Infra_builds_and_lints_without_errors_or_warnings()
    {
        Repo.RequireBicep();

        var run = await ExternalProcess.RunAsync("bash", ["eng/check-infra.sh"], timeout: TimeSpan.FromMinutes(5));

        Assert.True(run.ExitCode != 2, $"eng/check-infra.sh could not run the Bicep CLI: run eng/install-tools.sh.\n{run}");
        Assert.True(run.ExitCode == 0, $"infra/ has Bicep errors or warnings.\n{run}");
        var diagnostics = Diagnostic().Matches(run.StdOut + "\n" + run.StdErr).Select(m => m.Value).ToList();
        Assert.True(diagnostics.Count == 0, $"The Bicep CLI reported warnings: {string.Join("; ", diagnostics)}\n{run}");
        Assert.Contains("builds and lints clean", run.StdOut, StringComparison.Ordinal);
    }

    // Bicep diagnostics look like "main.bicep(12,5) : Warning no-unused-params: ...".
    [GeneratedRegex(@"^.*\b(Warning|Error)\b.*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Diagnostic();
}
