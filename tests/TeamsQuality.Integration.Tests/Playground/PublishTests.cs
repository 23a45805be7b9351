using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TeamsQuality.Integration.Tests.Playground;

/// <summary>
/// What is deployed is the host as <c>dotnet publish</c> makes it (infra/README.md): the playground, a local stand-in for
/// Teams with no authentication of its own, is not in it, and the host runs without it; the personal tab's page and
/// the Teams JavaScript library it loads are in it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublishTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string PlaygroundAssembly = "TeamsQuality.Playground";

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task A_published_host_has_no_playground_and_runs_without_it()
    {
        // The local build the tests run is the control: it has the playground, so the checks below can tell.
        Assert.Contains(PlaygroundAssembly, ReferencedAssemblies(typeof(Program).Assembly.Location));

        var publish = Directory.CreateTempSubdirectory("teamsquality-publish-");
        try
        {
            var watch = Stopwatch.StartNew();
            await PublishAsync(publish.FullName);
            output.WriteLine($"dotnet publish took {watch.Elapsed.TotalSeconds:0.0} s");

            var host = Path.Combine(publish.FullName, "TeamsQuality.Bot.dll");
            Assert.True(File.Exists(host), "The publish has no TeamsQuality.Bot.dll.");
            Assert.DoesNotContain(PlaygroundAssembly, ReferencedAssemblies(host));
            var files = Directory.GetFiles(publish.FullName, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(publish.FullName, f)).ToList();
            Assert.DoesNotContain(files, f => f.Contains("playground", StringComparison.OrdinalIgnoreCase) || f.Contains("wwwroot", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(PlaygroundAssembly, await File.ReadAllTextAsync(Path.Combine(publish.FullName, "TeamsQuality.Bot.deps.json")));

            // Run locally (no Bot:AppId), where a build with the playground would serve it: this one has none to serve.
            await using var running = await RunAsync(host);
            using var client = new HttpClient { BaseAddress = new Uri(running.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
            Assert.Equal("TeamsQuality is running. Teams talks to it at /api/messages.", await client.GetStringAsync(new Uri("/", UriKind.Relative)));
            foreach (var path in new[] { "/playground.js", "/index.html", "/playground/api/users", "/v3/directline/conversations" })
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{path} answered {(int)response.StatusCode}.");
            }

            // The personal tab is published: its page (from the assembly), the Teams JavaScript library the build copied
            // from tools/teams-js (not a CDN), and its API, which lets nobody in without a token.
            var tabPage = await client.GetStringAsync(new Uri("/tab/", UriKind.Relative));
            Assert.Contains("<script src=\"teams-js.js\"></script>", tabPage, StringComparison.Ordinal);
            Assert.Contains("TeamsQualityTab", await client.GetStringAsync(new Uri("/tab/tab.js", UriKind.Relative)), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(publish.FullName, "tab", "teams-js.js")), "The publish has no tab/teams-js.js.");
            var library = await client.GetStringAsync(new Uri("/tab/teams-js.js", UriKind.Relative));
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tools", "teams-js", "MicrosoftTeams.min.js")), library);
            using var me = await client.GetAsync(new Uri("/api/tab/me", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
            Assert.Contains("Du är inte inloggad", await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            publish.Delete(recursive: true);
        }
    }

    /// <summary>Publishes the host as infra/README.md says, from what the test run already built (no restore, no rebuild of its references).</summary>
    private static async Task PublishAsync(string outputDirectory)
    {
        var project = Path.Combine(RepoPaths.Root, "bot", "TeamsQuality.Bot", "TeamsQuality.Bot.csproj");
        var (exitCode, log) = await RunToEndAsync(
            "dotnet",
            ["publish", project, "-c", Configuration, "--no-restore", "--no-dependencies", "--disable-build-servers", "-nologo", "-v", "quiet", "-o", outputDirectory],
            // 25-40 s alone; a guard against a hung publish, not a measure of its speed: on a 2-core machine kept busy
            // by other builds it took over 3 minutes.
            TimeSpan.FromMinutes(10));
        Assert.True(exitCode == 0, $"dotnet publish failed ({exitCode}):{Environment.NewLine}{log}");
    }

    private async Task<RunningHost> RunAsync(string host)
    {
        var port = RepoPaths.FreePort();
        var start = Start("dotnet", [host]);
        start.WorkingDirectory = Path.GetDirectoryName(host)!;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__ConnectionString"] = azurite.ConnectionString;
        start.Environment["Storage__TablePrefix"] = "t" + Guid.NewGuid().ToString("N")[..10];
        start.Environment["Hangfire__ServerEnabled"] = "false";
        var running = new RunningHost(Process.Start(start) ?? throw new InvalidOperationException("The published host did not start."), $"http://127.0.0.1:{port}");
        running.Process.BeginOutputReadLine();
        running.Process.BeginErrorReadLine();
        try
        {
            await running.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            output.WriteLine(running.Log);
            await running.DisposeAsync();
            throw;
        }

        return running;
    }

    private static async Task<(int ExitCode, string Log)> RunToEndAsync(string file, string[] arguments, TimeSpan timeout)
    {
        using var process = Process.Start(Start(file, arguments)) ?? throw new InvalidOperationException($"{file} did not start.");
        var log = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s:{Environment.NewLine}{string.Join(Environment.NewLine, log)}");
        }

        return (process.ExitCode, string.Join(Environment.NewLine, log));
    }

    private static ProcessStartInfo Start(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // dotnet test passes its own MSBuild settings to the test process; a build started from here must find its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        return start;
    }

    private static List<string> ReferencedAssemblies(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();
    }

    /// <summary>The published host, started with <c>dotnet TeamsQuality.Bot.dll</c> as App Service starts it; stopped when disposed.</summary>
    private sealed class RunningHost(Process process, string baseUrl) : IAsyncDisposable
    {
        private readonly ConcurrentQueue<string> _log = Collect(process);

        public Process Process => process;

        public string BaseUrl => baseUrl;

        public string Log => string.Join(Environment.NewLine, _log);

        public async Task WaitUntilLiveAsync(TimeSpan timeout)
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The published host exited with code {process.ExitCode}.");
                }

                try
                {
                    using var response = await client.GetAsync(new Uri(baseUrl + "/healthz/live"));
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(200);
            }

            throw new TimeoutException($"The published host did not answer /healthz/live within {timeout.TotalSeconds} s.");
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        private static ConcurrentQueue<string> Collect(Process process)
        {
            var log = new ConcurrentQueue<string>();
            process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? string.Empty);
            process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? string.Empty);
            return log;
        }
    }
}
