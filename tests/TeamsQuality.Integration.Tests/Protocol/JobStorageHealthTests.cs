using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TeamsQuality.Integration.Tests.Infrastructure;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>
/// Readiness covers the shared job storage when it is PostgreSQL: while the database does not answer, /healthz says
/// so (503, "job storage unavailable") within a few seconds, and liveness stays 200, so the platform does not restart
/// a process that cannot bring the database back; when it answers again, the bot is ready again by itself. (Table
/// storage's part of readiness: StorageOutageTests.)
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class JobStorageHealthTests(PostgresServer postgres, AzuriteFixture azurite)
{
    private static readonly TimeSpan InTime = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(StorageMode.Refuse)]
    [InlineData(StorageMode.Hang)]
    public async Task While_PostgreSQL_is_out_the_bot_is_alive_but_not_ready(StorageMode outage)
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var proxy = new StorageProxy(azurite, StorageMode.Forward, postgres.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(database) { Port = proxy.Port, Timeout = 3 }.ConnectionString;
        // The job storage Hangfire:Storage=PostgreSql makes, given to the bot directly: JobsExtensions reads that setting
        // while services are registered, before a test's settings are added.
        await using var bot = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Hangfire:ServerEnabled"] = "false" },
            services => services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(throughProxy, new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions())));
        using var client = bot.Client();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        proxy.SetMode(outage);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var ready = await client.GetAsync("/healthz");
        clock.Stop();
        using var live = await client.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("job storage unavailable", (await ready.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.True(clock.Elapsed < InTime, $"The readiness check took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        proxy.SetMode(StorageMode.Forward);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpStatusCode health;
        while ((health = (await client.GetAsync("/healthz")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(300);
        }

        Assert.Equal(HttpStatusCode.OK, health);
    }
}
