using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Organisations;

/// <summary>
/// The bot learns a team from Teams when it is installed there, and follows its channels and members, over HTTP with
/// the fake Teams channel serving the roster (members in two pages), in a fresh tenant with no organisation.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamRosterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string TenantId = "d0000000-0000-4000-8000-00000000000d";
    private const string TeamId = "19:vard-och-omsorg@thread.tacv2";
    private const string Norr = "19:hemtjanst-norr@thread.tacv2";
    private static readonly TenantId Tenant = new(TenantId);

    private readonly FakeTeamsChannel _teams = new();
    private BotApp _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        _teams.ServeTeam(
            TeamId,
            [(TeamId, null), (Norr, "Hemtjänst Norr")],
            [
                new FakeMember("aad-anna", "Anna Berg", "anna.berg@kommun.se", "owner"),
                new FakeMember("aad-bo", "Bo Ek", "bo.ek@kommun.se"),
                new FakeMember("aad-cilla", "Cilla Ås", "cilla.as@kommun.se"),
            ],
            pageSize: 2);
        _bot = new BotApp(azurite);
        _client = _bot.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task Installed_in_a_team_the_bot_records_its_channels_and_every_member_and_still_welcomes_the_team()
    {
        await PostAsync(Installation());

        var roster = await RosterWhenAsync(r => r.Members.Count == 3);
        Assert.Equal("Vård och omsorg", roster.Name);
        Assert.Equal([TeamId, Norr], roster.Channels.Select(c => c.Id));
        Assert.Equal("Hemtjänst Norr", roster.FindChannel(Norr)?.Name);
        var anna = Assert.Single(roster.Members, m => m.AadObjectId == "aad-anna");
        Assert.Equal(("Anna Berg", "anna.berg@kommun.se", TeamRole.Owner), (anna.Name, anna.Email, anna.Role));
        Assert.Equal(2, _teams.Calls.Count(c => c.Path.EndsWith("/pagedmembers", StringComparison.Ordinal)));

        // What the team sees is unchanged: the welcome.
        var welcome = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("Välkommen till TeamsQuality", welcome.VisibleText);
    }

    [Fact]
    public async Task A_member_removed_from_the_team_is_gone_from_its_roster_at_once()
    {
        await PostAsync(Installation());
        await RosterWhenAsync(r => r.HasMember("aad-bo"));
        var callsBefore = _teams.Calls.Count;

        var removed = TeamEvent("teamMemberRemoved");
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "29:aad-bo", ["aadObjectId"] = "aad-bo" });
        await PostAsync(removed);

        var roster = await RosterWhenAsync(r => !r.HasMember("aad-bo"));
        Assert.True(roster.HasMember("aad-anna"));
        Assert.Equal(callsBefore, _teams.Calls.Count);
    }

    [Fact]
    public async Task A_channel_created_renamed_and_deleted_in_Teams_is_followed()
    {
        await PostAsync(Installation());
        await RosterWhenAsync(r => r.Members.Count == 3);

        await PostAsync(TeamEvent("channelCreated", ("19:syd@thread.tacv2", "Hemtjänst Syd")));
        await PostAsync(TeamEvent("channelRenamed", (Norr, "Hemtjänst Norra")));
        await PostAsync(TeamEvent("channelDeleted", ("19:syd@thread.tacv2", "Hemtjänst Syd")));

        var roster = await RosterWhenAsync(r => r.FindChannel(Norr)?.Name == "Hemtjänst Norra" && r.FindChannel("19:syd@thread.tacv2") is null);
        Assert.Equal([TeamId, Norr], roster.Channels.Select(c => c.Id));
    }

    [Fact]
    public async Task An_event_from_a_team_never_learned_learns_it_whole()
    {
        var added = TeamEvent("teamMemberAdded");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:aad-cilla", ["aadObjectId"] = "aad-cilla" });

        await PostAsync(added);

        var roster = await RosterWhenAsync(r => r.Members.Count == 3);
        Assert.Equal(2, roster.Channels.Count);
    }

    [Fact]
    public async Task When_Teams_does_not_tell_the_roster_the_welcome_still_comes_and_nothing_is_recorded()
    {
        // Teams refuses the roster (e.g. the app lacks the permission); the welcome itself is accepted.
        using var refused = _teams.Refuse(c => c.Method == "GET", 403);

        await PostAsync(Installation());

        var welcome = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("Välkommen till TeamsQuality", welcome.VisibleText);
        Assert.DoesNotContain(_teams.Calls, c => c.Card is null && c.Method == "POST");
        using var scope = _bot.Services.CreateScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<TeamRosterRepository>().ListAsync(Tenant, CancellationToken.None));
    }

    [Fact]
    public async Task The_nightly_re_sync_repairs_what_an_event_missed()
    {
        await PostAsync(Installation());
        await RosterWhenAsync(r => r.Members.Count == 3);

        // Meanwhile in Teams (no event reached the bot): Bo left, Dan joined, a channel was added.
        _teams.ServeTeam(
            TeamId,
            [(TeamId, null), (Norr, "Hemtjänst Norr"), ("19:syd@thread.tacv2", "Hemtjänst Syd")],
            [
                new FakeMember("aad-anna", "Anna Berg", "anna.berg@kommun.se", "owner"),
                new FakeMember("aad-cilla", "Cilla Ås", "cilla.as@kommun.se"),
                new FakeMember("aad-dan", "Dan Öberg", "dan.oberg@kommun.se"),
            ],
            pageSize: 2);
        using var scope = _bot.Services.CreateScope();

        var teams = await scope.ServiceProvider.GetRequiredService<TeamsQuality.Jobs.Organisations.TeamRosterSyncJob>().RunAsync(CancellationToken.None);

        Assert.Equal(1, teams);
        var roster = await RosterWhenAsync(_ => true);
        Assert.Equal(["aad-anna", "aad-cilla", "aad-dan"], roster.Members.Select(m => m.AadObjectId).Order());
        Assert.Equal(3, roster.Channels.Count);
        Assert.Equal("Vård och omsorg", roster.Name);
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var response = await _client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
    }

    private async Task<TeamRoster> RosterWhenAsync(Func<TeamRoster, bool> condition)
    {
        using var scope = _bot.Services.CreateScope();
        var rosters = scope.ServiceProvider.GetRequiredService<TeamRosterRepository>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var roster = await rosters.FindAsync(Tenant, TeamId, CancellationToken.None);
            if (roster is not null && condition(roster))
            {
                return roster;
            }

            Assert.True(DateTime.UtcNow < deadline, "The roster never became as expected: " + (roster is null ? "no roster" : $"{roster.Channels.Count} channels, {roster.Members.Count} members"));
            await Task.Delay(100);
        }
    }

    /// <summary>The bot added to a team, as Teams sends it: conversationUpdate with the bot among membersAdded.</summary>
    private JsonObject Installation(string teamId = TeamId)
    {
        var update = TeamEvent("teamMemberAdded", teamId: teamId);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId });
        return update;
    }

    private JsonObject TeamEvent(string eventType, (string Id, string Name)? channel = null, string teamId = TeamId)
    {
        var channelData = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Vård och omsorg" },
            ["eventType"] = eventType,
        };
        if (channel is { } c)
        {
            channelData["channel"] = new JsonObject { ["id"] = c.Id, ["name"] = c.Name };
        }

        return new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["id"] = TeamsActivities.NewId(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = _teams.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:aad-anna", ["name"] = "Anna Berg", ["aadObjectId"] = "aad-anna" },
            ["conversation"] = new JsonObject { ["id"] = teamId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TenantId },
            ["recipient"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "TeamsQuality" },
            ["channelData"] = channelData,
        };
    }
}
