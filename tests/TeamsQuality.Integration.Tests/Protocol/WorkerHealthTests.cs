using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsQuality.Integration.Tests.Infrastructure;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>
/// The worker (TeamsQuality.Worker, its own process) answers readiness and liveness as the bot does when it is given
/// an address: ready while table storage answers, not ready (503) but alive (200) while it does not.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WorkerHealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_worker_given_an_address_is_alive_and_ready_only_while_table_storage_answers()
    {
        await using var storage = new StorageProxy(azurite, StorageMode.Forward);
        var port = RepoPaths.FreePort();
        using var worker = StartWorker(port, storage.ConnectionString);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            await WaitUntilListeningAsync(client, worker);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

            storage.SetMode(StorageMode.Refuse);
            using var ready = await client.GetAsync("/healthz");
            using var live = await client.GetAsync("/healthz/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("storage unavailable", (await ready.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
    }

    private static Process StartWorker(int port, string storageConnectionString)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var dll = Path.Combine(RepoPaths.Root, "functions", "TeamsQuality.Worker", "bin", configuration, "net10.0", "TeamsQuality.Worker.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution (TeamsQuality.sln) first.");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__ConnectionString"] = storageConnectionString;
        start.Environment["Storage__TablePrefix"] = "w" + Guid.NewGuid().ToString("N")[..10];
        start.Environment["Hangfire__ServerEnabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilListeningAsync(HttpClient client, Process worker)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(worker.HasExited, "The worker stopped.");
            try
            {
                using var live = await client.GetAsync("/healthz/live");
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(300);
            }
        }
    }
}
