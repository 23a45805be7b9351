using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Organisations;

/// <summary>
/// A person removed from a unit's team in Teams loses the unit at once (issue 9): over HTTP, with the demo organisation
/// whose units are linked to channels of the demo team. The bot has just let them in (its copy of the organisation is
/// warm); the very next turn after Teams' event finds them out.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamAccessTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Erik = DemoOrganisation.People.ErikLund;
    private const string Anna = DemoOrganisation.People.AnnaBerg;
    private const string NotInOrganisation = "Du finns inte med i organisationen";

    private DemoTeams _demo = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

        // The demo team as Teams told it when the app was installed: everyone of the demo organisation is a member.
        var organisation = DemoOrganisation.Create();
        await _demo.Services.GetRequiredService<TeamRosterRepository>().SaveAsync(
            DemoOrganisation.Tenant,
            new TeamRoster(
                DemoOrganisation.DemoTeamId,
                "Sjöbacka socialförvaltning",
                [new RosterChannel(DemoOrganisation.DemoTeamId, ""), .. organisation.Units.Select(u => new RosterChannel(u.Channel!.ChannelId, u.Channel.ChannelName))],
                organisation.People.Select(p => new RosterMember(p.Id, p.Name, null, TeamRole.Member)).ToList(),
                _demo.Clock.GetUtcNow()),
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Staff_removed_from_the_team_can_no_longer_open_the_units_stops()
    {
        Assert.Contains("Samverkan", RecordedCall.VisibleTextOf(await WriteAsync(Erik, "hållplatser")));
        Assert.Contains("Samverkan", RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Erik, "stop.open", StopOne())));

        await RemovedFromTeamAsync(Erik);

        Assert.Contains(NotInOrganisation, RecordedCall.VisibleTextOf(await WriteAsync(Erik, "hållplatser")));
        var pressed = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Erik, "stop.open", StopOne()));
        Assert.Contains(NotInOrganisation, pressed);
        Assert.DoesNotContain("Samverkan", pressed);

        // Kept in the organisation's history, by Teams (after Johan Ek's setup of the demo).
        var history = await _demo.Services.GetRequiredService<OrganisationRepository>().HistoryAsync(DemoOrganisation.Tenant, 200, null, CancellationToken.None);
        var left = Assert.Single(history.Entries, e => e.By.IsTeams);
        Assert.Equal((HistoryKind.LeftTeam, "Erik Lund", "Hemtjänst Norra", "Teams"), (left.Kind, left.PersonName, left.UnitName, left.By.Name));
    }

    [Fact]
    public async Task A_manager_removed_from_the_team_can_no_longer_open_the_units_reports_and_the_others_go_on()
    {
        Assert.Contains("Hemtjänst Norra", RecordedCall.VisibleTextOf(await WriteAsync(Anna, "enhetens rapporter")));

        await RemovedFromTeamAsync(Anna);

        Assert.Contains(NotInOrganisation, RecordedCall.VisibleTextOf(await WriteAsync(Anna, "enhetens rapporter")));
        Assert.Contains("Samverkan", RecordedCall.VisibleTextOf(await WriteAsync(Erik, "hållplatser")));
        var organisation = await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None);
        Assert.Null(organisation!.FindUnit(DemoOrganisation.Units.HemtjanstNorra)!.ManagerId);
    }

    private static JsonObject StopOne() => new()
    {
        ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["year"] = 2027,
        ["stop"] = 1,
        ["step"] = 1,
    };

    private async Task<JsonObject> WriteAsync(string personId, string text)
    {
        var seen = _demo.Teams.Calls.Count;
        var response = await _demo.WriteAsync(personId, text);
        response.EnsureSuccessStatusCode();
        var reply = await _demo.Teams.WaitForCallAsync(c => c.Card is not null && c.Path == $"/v3/conversations/a:personal-{personId}/activities" && _demo.Teams.Calls.ToList().IndexOf(c) >= seen);
        return reply.Card!;
    }

    /// <summary>Teams' event: the person removed from the demo team (conversationUpdate, teamMemberRemoved).</summary>
    private async Task RemovedFromTeamAsync(string personId)
    {
        var removed = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["id"] = TeamsActivities.NewId(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = _demo.Teams.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + Anna, ["name"] = "Anna Berg", ["aadObjectId"] = Anna },
            ["conversation"] = new JsonObject { ["id"] = DemoOrganisation.DemoTeamId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = DemoOrganisation.Tenant.Value },
            ["recipient"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "TeamsQuality" },
            ["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "29:" + personId, ["aadObjectId"] = personId }),
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = DemoOrganisation.Tenant.Value },
                ["team"] = new JsonObject { ["id"] = DemoOrganisation.DemoTeamId, ["name"] = "Sjöbacka socialförvaltning" },
                ["eventType"] = "teamMemberRemoved",
            },
        };
        using var response = await _demo.Client.PostAsJsonAsync("/api/messages", removed);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
    }
}
