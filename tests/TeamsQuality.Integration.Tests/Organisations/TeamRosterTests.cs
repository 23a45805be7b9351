using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Organisations;

/// <summary>
/// The bot learns a team from Teams when it is installed there, and follows its channels and members and the team's own
/// life (renamed, app removed, archived, deleted, back again), over HTTP with the fake Teams channel serving the roster
/// (members in two pages), in a fresh tenant with no organisation; and its welcome says what to do next where
/// TeamsQuality cannot work yet. Anna Berg is in the operator's bootstrap list of administrators.
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
        // No demo: the nightly re-sync counts every tenant's teams, and the demo's would be one of them.
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Demo:Seed"] = "false", [$"Tenants:{TenantId}:Enabled"] = "true", [$"Tenants:{TenantId}:Administrators:0"] = "aad-anna" });
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
        Assert.Contains("flik Inställningar", welcome.VisibleText);
        Assert.DoesNotContain("Anna Berg", welcome.VisibleText);
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

    [Fact]
    public async Task Installed_where_no_organisation_exists_the_welcome_says_who_sets_it_up_and_where()
    {
        await PostAsync(Installation());

        var welcome = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("TeamsQuality är inte inställt här än", welcome.VisibleText);
        Assert.Contains("En kvalitetsadministratör lägger upp organisationen i TeamsQuality-appens personliga flik Inställningar", welcome.VisibleText);
        Assert.Contains("IT-avdelningen tilldelar (approllen Kvalitetsadministratör", welcome.VisibleText);

        // Anna is in the bootstrap list and in the team: named. Bo is in the team but not in the list: not named.
        Assert.Contains("Tills någon har rollen får Anna Berg göra det.", welcome.VisibleText);
        Assert.DoesNotContain("Bo Ek", welcome.VisibleText);
        Assert.DoesNotContain("Hej allihop", welcome.VisibleText);
    }

    [Fact]
    public async Task Someone_who_asks_before_the_organisation_exists_is_told_who_sets_it_up_and_where_and_after_that_to_be_added()
    {
        await PostAsync(Installation());
        await RosterWhenAsync(r => r.Members.Count == 3);

        await PostAsync(PersonalMessage("aad-bo", "hållplatser", "sv-SE"));
        var answer = await _teams.WaitForCallAsync(c => c.Card is not null && c.Path.Contains("a:personal-aad-bo", StringComparison.Ordinal));
        Assert.Contains("TeamsQuality är inte inställt för er organisation än", answer.VisibleText);
        Assert.Contains("En kvalitetsadministratör lägger upp organisationen i TeamsQuality-appens personliga flik Inställningar", answer.VisibleText);
        Assert.Contains("Tills någon har rollen får Anna Berg göra det.", answer.VisibleText);
        Assert.DoesNotContain("Be en verksamhetsutvecklare", answer.VisibleText);

        await PostAsync(PersonalMessage("aad-cilla", "stops", "en-US"));
        var english = await _teams.WaitForCallAsync(c => c.Card is not null && c.Path.Contains("a:personal-aad-cilla", StringComparison.Ordinal));
        Assert.Contains("TeamsQuality is not set up for your organisation yet", english.VisibleText);
        Assert.Contains("Until someone has the role, Anna Berg may do it.", english.VisibleText);

        // Once the organisation exists, someone not in it is told to ask to be added, as before.
        await CreateOrganisationAsync();
        await PostAsync(PersonalMessage("aad-dan", "hållplatser", "sv-SE"));
        var later = await _teams.WaitForCallAsync(c => c.Card is not null && c.Path.Contains("a:personal-aad-dan", StringComparison.Ordinal));
        Assert.Contains("Du finns inte med i organisationen i TeamsQuality än. Be en verksamhetsutvecklare att lägga till dig.", later.VisibleText);
        Assert.DoesNotContain("inte inställt", later.VisibleText);
    }

    [Fact]
    public async Task The_welcome_in_a_team_not_set_up_speaks_English_to_an_English_Teams()
    {
        var installed = Installation();
        installed["locale"] = "en-US";

        await PostAsync(installed);

        var welcome = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("TeamsQuality is not set up here yet", welcome.VisibleText);
        Assert.Contains("What to do next", welcome.VisibleText);
        Assert.Contains("personal tab Inställningar", welcome.VisibleText);
        Assert.Contains("Until someone has the role, Anna Berg may do it.", welcome.VisibleText);
    }

    [Fact]
    public async Task In_a_channel_no_unit_has_the_welcome_says_to_link_it_and_names_the_units_channels_in_the_team()
    {
        await CreateOrganisationAsync();

        await PostAsync(Installation());

        var welcome = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("Den här kanalen är inte kopplad till någon enhet i Vårdförvaltningen än", welcome.VisibleText);
        Assert.Contains("Enheter med kanal i det här teamet: Hemtjänst Norr (hemtjänsten).", welcome.VisibleText);
        Assert.Contains("kopplar kanalen till en enhet i TeamsQuality-appens personliga flik Inställningar", welcome.VisibleText);
        Assert.Contains("Anna Berg", welcome.VisibleText);
    }

    [Fact]
    public async Task In_a_units_channel_the_welcome_is_the_usual_one()
    {
        await CreateOrganisationAsync();
        var added = TeamEvent("teamMemberAdded", (Norr, "Hemtjänst Norr"));
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId });
        added["conversation"]!["id"] = Norr;

        await PostAsync(added);

        var welcome = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("Hej allihop!", welcome.VisibleText);
        Assert.DoesNotContain("Inställningar", welcome.VisibleText);
    }

    [Fact]
    public async Task The_app_removed_from_the_team_keeps_its_roster_marked_not_reachable_since_then_until_it_is_installed_again()
    {
        await PostAsync(Installation());
        await RosterWhenAsync(r => r.Members.Count == 3);
        var before = DateTimeOffset.UtcNow;

        await PostAsync(InstallationUpdate("remove"));

        var gone = await RosterWhenAsync(r => !r.IsReachable);
        Assert.Equal(TeamGoneReason.AppRemoved, gone.Gone!.Reason);
        Assert.InRange(gone.Gone.Since, before.AddSeconds(-1), DateTimeOffset.UtcNow);
        Assert.Equal(3, gone.Members.Count);
        Assert.Equal(2, gone.Channels.Count);

        await PostAsync(InstallationUpdate("add"));

        var back = await RosterWhenAsync(r => r.IsReachable);
        Assert.Equal(3, back.Members.Count);
    }

    [Fact]
    public async Task The_bot_among_the_members_removed_is_the_app_removed_not_a_member_leaving()
    {
        await PostAsync(Installation());
        await RosterWhenAsync(r => r.Members.Count == 3);

        var removed = TeamEvent("teamMemberRemoved");
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId });
        await PostAsync(removed);

        var gone = await RosterWhenAsync(r => !r.IsReachable);
        Assert.Equal(TeamGoneReason.AppRemoved, gone.Gone!.Reason);
        Assert.Equal(3, gone.Members.Count);
    }

    [Fact]
    public async Task A_team_archived_or_deleted_is_not_reachable_until_unarchived_or_restored_and_a_renamed_team_gets_its_new_name()
    {
        await PostAsync(Installation());
        await RosterWhenAsync(r => r.Members.Count == 3);

        await PostAsync(TeamEvent("teamArchived"));
        var archived = await RosterWhenAsync(r => !r.IsReachable);
        Assert.Equal(TeamGoneReason.TeamArchived, archived.Gone!.Reason);

        await PostAsync(TeamEvent("teamUnarchived"));
        await RosterWhenAsync(r => r.IsReachable && r.Members.Count == 3);

        await PostAsync(TeamEvent("teamDeleted"));
        var deleted = await RosterWhenAsync(r => !r.IsReachable);
        Assert.Equal(TeamGoneReason.TeamDeleted, deleted.Gone!.Reason);

        await PostAsync(TeamEvent("teamRestored"));
        await RosterWhenAsync(r => r.IsReachable);

        var renamed = TeamEvent("teamRenamed");
        renamed["channelData"]!["team"]!["name"] = "Vård och omsorg Norr";
        await PostAsync(renamed);
        var roster = await RosterWhenAsync(r => r.Name == "Vård och omsorg Norr");
        Assert.Equal(3, roster.Members.Count);
        Assert.True(roster.IsReachable);
    }

    [Fact]
    public async Task The_nightly_re_sync_marks_a_team_Teams_no_longer_knows_and_still_learns_the_others()
    {
        const string Other = "19:ifo@thread.tacv2";
        _teams.ServeTeam(Other, [(Other, null)], [new FakeMember("aad-dan", "Dan Öberg", "dan.oberg@kommun.se", "owner")], pageSize: 2);
        await PostAsync(Installation());
        await PostAsync(Installation(Other));
        await RosterWhenAsync(r => r.Members.Count == 3);
        await RosterWhenAsync(r => r.Members.Count == 1, Other);

        // Meanwhile (no event reached the bot): Cilla left the first team, and Teams no longer knows the other one.
        _teams.ServeTeam(
            TeamId,
            [(TeamId, null), (Norr, "Hemtjänst Norr")],
            [new FakeMember("aad-anna", "Anna Berg", "anna.berg@kommun.se", "owner"), new FakeMember("aad-bo", "Bo Ek", "bo.ek@kommun.se")],
            pageSize: 2);
        using var unknown = _teams.Refuse(c => c.Method == "GET" && c.Path.Contains("ifo", StringComparison.Ordinal), 404);
        using var scope = _bot.Services.CreateScope();

        var teams = await scope.ServiceProvider.GetRequiredService<TeamsQuality.Jobs.Organisations.TeamRosterSyncJob>().RunAsync(CancellationToken.None);

        Assert.Equal(1, teams);
        var learned = await RosterWhenAsync(_ => true);
        Assert.Equal(["aad-anna", "aad-bo"], learned.Members.Select(m => m.AadObjectId).Order());
        Assert.True(learned.IsReachable);
        var gone = await RosterWhenAsync(_ => true, Other);
        Assert.Equal(TeamGoneReason.NotFound, gone.Gone?.Reason);
        Assert.Equal(["aad-dan"], gone.Members.Select(m => m.AadObjectId));
    }

    private async Task CreateOrganisationAsync()
    {
        using var scope = _bot.Services.CreateScope();
        var organisation = new Organisation(
            Tenant,
            "Vårdförvaltningen",
            [new Unit("norr", "Hemtjänst Norr", "aad-anna", new UnitChannel(TeamId, Norr, "hemtjänsten"))],
            [new Person("aad-anna", "Anna Berg", Role.Enhetschef, "norr")]);
        Assert.True(await scope.ServiceProvider.GetRequiredService<OrganisationRepository>().CreateAsync(organisation, CancellationToken.None));
    }

    /// <summary>The app installed in or removed from the team, as Teams tells it (installationUpdate in the General channel).</summary>
    private JsonObject InstallationUpdate(string action)
    {
        var update = TeamEvent("installationUpdate");
        update["type"] = "installationUpdate";
        update["action"] = action;
        update["channelData"]!.AsObject().Remove("eventType");
        return update;
    }

    /// <summary>A message in the person's 1:1 chat with the bot, in this tenant.</summary>
    private JsonObject PersonalMessage(string personId, string text, string locale)
    {
        var message = TeamsActivities.PersonalMessage(_teams.ServiceUrl, text, personId, locale);
        message["conversation"]!["tenantId"] = TenantId;
        message["channelData"]!["tenant"]!["id"] = TenantId;
        return message;
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var response = await _client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
    }

    private async Task<TeamRoster> RosterWhenAsync(Func<TeamRoster, bool> condition, string teamId = TeamId)
    {
        using var scope = _bot.Services.CreateScope();
        var rosters = scope.ServiceProvider.GetRequiredService<TeamRosterRepository>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var roster = await rosters.FindAsync(Tenant, teamId, CancellationToken.None);
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
