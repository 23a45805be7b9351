using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>
/// Table storage down (nothing listens) or hanging (connections accepted, never answered): the user hears at once, in
/// their language, that it could not be saved and to try again, the card stays as it was with what was typed, the
/// readiness check says storage is unavailable, and everything works again by itself when storage is back.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageOutageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>Teams gives up on an answer after 10-15 s; the user must hear back well before.</summary>
    private static readonly TimeSpan InTime = TimeSpan.FromSeconds(6);

    private readonly FakeTeamsChannel _teams = new();
    private readonly string _prefix = "o" + Guid.NewGuid().ToString("N")[..10];

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();

        // The organisation is there from before the outage.
        var tables = new TableStore(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = _prefix }));
        await new OrganisationRepository(tables).CreateAsync(DemoOrganisation.Create(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Theory]
    [InlineData(StorageMode.Refuse)]
    [InlineData(StorageMode.Hang)]
    public async Task A_filing_pressed_while_storage_is_out_is_told_in_its_language_to_try_again_and_keeps_its_card(StorageMode outage)
    {
        await using var bot = Outage(outage);
        var client = bot.Client;

        foreach (var (locale, expected) in new[] { ("sv-SE", "Det gick inte att spara just nu"), ("en-US", "It could not be saved right now") })
        {
            var invoke = TeamsActivities.Execute(_teams.ServiceUrl, "report.file", "card-filing", DemoOrganisation.People.ErikLund, locale);
            invoke["value"]!["action"]!["data"] = TeamsActivities.DeviationFiling();
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsJsonAsync("/api/messages", invoke);
            clock.Stop();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();

            // A message answer: Teams shows it and leaves the card, with everything typed in it, where it was.
            Assert.Equal("application/vnd.microsoft.activity.message", body!["type"]!.GetValue<string>());
            Assert.StartsWith(expected, body["value"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True(clock.Elapsed < InTime, $"The answer took {clock.Elapsed} ({locale})");
        }

        Assert.DoesNotContain(_teams.Calls, c => c.Method == "PUT");
    }

    [Theory]
    [InlineData(StorageMode.Refuse)]
    [InlineData(StorageMode.Hang)]
    public async Task A_message_written_while_storage_is_out_gets_a_reply_saying_to_try_again(StorageMode outage)
    {
        await using var bot = Outage(outage);
        var client = bot.Client;

        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "mina rapporter", DemoOrganisation.People.ErikLund));
        var reply = await _teams.WaitForCallAsync(c => c.Body?["text"] is not null, InTime);
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Det gick inte att spara just nu", reply.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < InTime, $"The reply took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(StorageMode.Refuse)]
    [InlineData(StorageMode.Hang)]
    public async Task The_readiness_check_reports_storage_unavailable_while_liveness_stays_up(StorageMode outage)
    {
        await using var bot = Outage(outage);
        var client = bot.Client;

        var clock = Stopwatch.StartNew();
        using var ready = await client.GetAsync("/healthz");
        clock.Stop();
        using var live = await client.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("storage unavailable", (await ready.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.True(clock.Elapsed < InTime, $"The health check took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("ok", (await live.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_storage_answers_again_the_bot_works_again_by_itself()
    {
        await using var bot = Outage(StorageMode.Hang);
        var client = bot.Client;
        await client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "vem är jag"));
        await _teams.WaitForCallAsync(c => c.Body?["text"]?.GetValue<string>().StartsWith("Det gick inte", StringComparison.Ordinal) == true, InTime);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);

        bot.Storage.SetMode(StorageMode.Forward);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpStatusCode health;
        while ((health = (await client.GetAsync("/healthz")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        Assert.Equal(HttpStatusCode.OK, health);
        await client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "vem är jag"));
        var profile = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("Du i TeamsQuality", profile.VisibleText);
        Assert.Contains("Hemtjänst Norra", profile.VisibleText);
    }

    /// <summary>The bot (with the demo organisation stored before) whose table storage is out in the given way.</summary>
    private BotThroughProxy Outage(StorageMode outage)
    {
        var storage = new StorageProxy(azurite, outage);
        var bot = storage.StartBot(_prefix);
        return new BotThroughProxy(storage, bot, bot.Client());
    }

    private sealed record BotThroughProxy(StorageProxy Storage, BotApp Bot, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Bot.DisposeAsync();
            await Storage.DisposeAsync();
        }
    }
}
