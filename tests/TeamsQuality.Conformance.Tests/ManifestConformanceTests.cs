using System.Buffers.Binary;
using System.Text.Json.Nodes;
using TeamsQuality.Conformance.Tests.Infrastructure;

namespace TeamsQuality.Conformance.Tests;

/// <summary>The Teams app manifest, checked by eng/validate-manifest.mjs (the official @microsoft/app-manifest schemas, offline).</summary>
public sealed class ManifestConformanceTests
{
    private static readonly string[] PackageFiles = ["manifest.json", "en-us.json", "color.png", "outline.png"];

    [Fact]
    public async Task Manifest_is_valid()
    {
        var (run, output) = await ValidateAsync(Repo.PathOf("manifest", "manifest.json"));

        Assert.True(run.ExitCode == 0, $"manifest/manifest.json is not valid.\n{run}");
        Assert.True(output["valid"]?.GetValue<bool>() == true, $"The validator did not report \"valid\": true.\n{run}");
        Assert.True(output["warnings"]?.AsArray().Count == 0, $"The manifest validates with warnings.\n{run}");
    }

    [Fact]
    public async Task The_personal_tabs_are_the_pages_the_host_serves_and_their_sign_in_is_for_the_apps_own_API()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Repo.PathOf("manifest", "manifest.json")))!;
        var english = JsonNode.Parse(await File.ReadAllTextAsync(Repo.PathOf("manifest", "en-us.json")))!;

        // Inställningar (the setup) and Översikt (the management view), each a page the host serves, each named in English too.
        var tabs = manifest["staticTabs"]!.AsArray();
        Assert.Equal(
            [("setup", "Inställningar", "https://${{BOT_DOMAIN}}/tab/", "Settings"), ("overview", "Översikt", "https://${{BOT_DOMAIN}}/tab/overview.html", "Overview")],
            tabs.Select((t, i) => (t!["entityId"]!.GetValue<string>(), t["name"]!.GetValue<string>(), t["contentUrl"]!.GetValue<string>(), english[$"staticTabs[{i}].name"]!.GetValue<string>())));
        Assert.All(tabs, tab => Assert.Equal(["personal"], tab!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
        Assert.True(File.Exists(Repo.PathOf("bot", "TeamsQuality.Bot", "Tab", "Page", "overview.html")), "The Översikt tab's page is not in Tab/Page.");
        Assert.Contains("${{BOT_DOMAIN}}", manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        var sso = manifest["webApplicationInfo"]!;
        Assert.Equal("api://${{BOT_DOMAIN}}/" + sso["id"]!.GetValue<string>(), sso["resource"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("developer")]
    [InlineData("version")]
    [InlineData("description")]
    public async Task Manifest_without_a_required_field_is_invalid(string field)
    {
        var package = CopyPackage();
        try
        {
            var manifestPath = Path.Combine(package.FullName, "manifest.json");

            // The unchanged copy validates, so the failure below comes from the removed field alone.
            var (control, _) = await ValidateAsync(manifestPath);
            Assert.True(control.ExitCode == 0, $"The unchanged copy of the manifest should be valid.\n{control}");

            var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!.AsObject();
            Assert.True(manifest.Remove(field), $"manifest.json has no \"{field}\" to remove.");
            await File.WriteAllTextAsync(manifestPath, manifest.ToJsonString());

            var (run, output) = await ValidateAsync(manifestPath);

            Assert.True(run.ExitCode == 1, $"Without \"{field}\" the manifest should be invalid (exit 1).\n{run}");
            Assert.True(output["valid"]?.GetValue<bool>() == false, $"Without \"{field}\" the validator should report \"valid\": false.\n{run}");
            Assert.Contains(output["errors"]!.AsArray(), e => e!.GetValue<string>().Contains(field, StringComparison.Ordinal));
        }
        finally
        {
            package.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("color", "color.png", 192)]
    [InlineData("outline", "outline.png", 32)]
    public async Task Icon_has_the_size_Teams_requires(string kind, string file, int size)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Repo.PathOf("manifest", "manifest.json")))!;
        Assert.Equal(file, manifest["icons"]?[kind]?.GetValue<string>());

        var (width, height) = PngSize(await File.ReadAllBytesAsync(Repo.PathOf("manifest", file)));

        Assert.True(width == size && height == size, $"manifest/{file} is {width}×{height}; Teams requires the {kind} icon to be {size}×{size}.");
    }

    /// <summary>Width and height from the PNG's IHDR chunk, which must come first after the signature.</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.True(png.Length >= 24 && png.AsSpan(0, 8).SequenceEqual(signature), "Not a PNG file.");
        Assert.True(png.AsSpan(12, 4).SequenceEqual("IHDR"u8), "The PNG does not start with an IHDR chunk.");
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
    }

    private static async Task<(ProcessResult Run, JsonObject Output)> ValidateAsync(string manifestPath)
    {
        Repo.RequireNodeTools();
        var run = await ExternalProcess.RunAsync("node", ["eng/validate-manifest.mjs", manifestPath]);
        Assert.True(run.ExitCode is 0 or 1, $"The manifest validator could not validate (exit {run.ExitCode}); if a tool is missing, run eng/install-tools.sh.\n{run}");
        try
        {
            return (run, JsonNode.Parse(run.StdOut)!.AsObject());
        }
        catch (System.Text.Json.JsonException e)
        {
            Assert.Fail($"The manifest validator did not print JSON ({e.Message}).\n{run}");
            throw;
        }
    }

    /// <summary>A copy of the app package files (manifest, localization, icons) in a temporary folder.</summary>
    private static DirectoryInfo CopyPackage()
    {
        var dir = Directory.CreateTempSubdirectory("teamsquality-manifest-");
        foreach (var file in PackageFiles)
        {
            File.Copy(Repo.PathOf("manifest", file), Path.Combine(dir.FullName, file));
        }

        return dir;
    }
}
