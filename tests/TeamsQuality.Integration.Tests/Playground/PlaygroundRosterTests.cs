using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Playground;

/// <summary>
/// The playground serves the Bot Framework's roster calls from Sjöbacka's directory (pages with a continuation token),
/// so the bot learns the demo team the way it learns a real tenant's: when it joins a channel, and when IT installs the
/// app in the team (the playground's install API, as for a new administration's onboarding).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlaygroundRosterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string TeamPath = Uri.EscapeDataString(DemoOrganisation.DemoTeamId);
    private BotApp _bot = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _bot = new BotApp(azurite);
        _client = _bot.Client();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task The_roster_api_lists_the_teams_channels_and_pages_its_members_as_Teams_does()
    {
        var channels = await _client.GetFromJsonAsync<JsonObject>($"/playground/v3/teams/{TeamPath}/conversations");
        var listed = channels!["conversations"]!.AsArray().Select(c => (c!["id"]!.GetValue<string>(), c["name"]?.GetValue<string>())).ToList();
        Assert.Equal((DemoOrganisation.DemoTeamId, (string?)null), listed[0]);
        Assert.Contains(("19:hemtjanst-norra@thread.tacv2", "Hemtjänst Norra"), listed);
        Assert.Contains((DemoOrganisation.ManagerGroupChannelId, "Chefsgruppen"), listed);
        Assert.Equal(5, listed.Count);

        var members = new List<JsonObject>();
        var pages = 0;
        string? token = null;
        do
        {
            var query = $"pageSize=5{(token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token))}";
            var page = await _client.GetFromJsonAsync<JsonObject>($"/playground/v3/conversations/{TeamPath}/pagedmembers?{query}");
            var onPage = page!["members"]!.AsArray().Select(m => m!.AsObject()).ToList();
            Assert.InRange(onPage.Count, 1, 5);
            members.AddRange(onPage);
            token = page["continuationToken"]?.GetValue<string>();
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(12, members.Select(m => m["objectId"]!.GetValue<string>()).Distinct().Count());
        var johan = members.Single(m => m["aadObjectId"]!.GetValue<string>() == DemoOrganisation.People.JohanEk);
        Assert.Equal(
            ("Johan Ek", "johan.ek@sjobacka.se", "johan.ek@sjobacka.se", DemoOrganisation.Tenant.Value, "owner", DemoOrganisation.People.JohanEk),
            (johan["name"]!.GetValue<string>(), johan["email"]!.GetValue<string>(), johan["userPrincipalName"]!.GetValue<string>(),
                johan["tenantId"]!.GetValue<string>(), johan["userRole"]!.GetValue<string>(), johan["objectId"]!.GetValue<string>()));
        Assert.Equal("user", members.Single(m => m["name"]!.GetValue<string>() == "Nils Ström")["userRole"]!.GetValue<string>());

        // A channel of the team names the team's members too; an unknown team or a made-up token is refused as Teams does.
        var viaChannel = await _client.GetFromJsonAsync<JsonObject>($"/playground/v3/conversations/{Uri.EscapeDataString("19:lss-ekbacken@thread.tacv2")}/pagedmembers");
        Assert.Equal(12, viaChannel!["members"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/playground/v3/teams/19%3Aokand%40thread.tacv2/conversations", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync(new Uri($"/playground/v3/conversations/{TeamPath}/pagedmembers?continuationToken=made-up", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_bot_joining_a_channel_in_the_playground_learns_Sjobackas_team()
    {
        // Opening the unit's channel in the playground adds the bot there, as Teams does (a conversationUpdate).
        await StartAsync(DemoOrganisation.People.ErikLund, $"channel:{DemoOrganisation.Units.HemtjanstNorra}");

        var roster = await RosterWhenAsync(r => r.Members.Count == 12);
        Assert.Equal(DemoOrganisation.Name, roster.Name);
        Assert.Equal(["General", "Hemtjänst Norra", "Barn och unga", "LSS Ekbacken", "Chefsgruppen"], roster.Channels.Select(c => c.Name == string.Empty ? "General" : c.Name));
        Assert.True(roster.HasMember(DemoDirectory.NilsStrom));
        Assert.Equal(TeamRole.Owner, roster.Members.Single(m => m.Is(DemoOrganisation.People.JohanEk)).Role);
    }

    [Fact]
    public async Task IT_installing_the_app_in_the_team_through_the_playground_records_the_team_and_welcomes_it_in_General()
    {
        using var response = await _client.PostAsJsonAsync($"/playground/api/teams/{TeamPath}/install", new { installedBy = DemoOrganisation.People.JohanEk });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var roster = await RosterWhenAsync(r => r.Members.Count == 12);
        Assert.Equal(5, roster.Channels.Count); // General, the three units' channels and the manager group's

        // The seeded organisation has no unit in General: the welcome there says so and names the units' channels. (The
        // seed's own installation welcomed General before Johan set Sjöbacka up: that welcome is there too.)
        var general = await StartAsync(DemoOrganisation.People.JohanEk, $"channel:{DemoOrganisation.DemoTeamId}");
        var welcome = await WaitForAsync(general, a => RecordedCall.VisibleTextOf(a).Contains("Den här kanalen är inte kopplad till någon enhet i Sjöbacka kommun, socialförvaltningen än", StringComparison.Ordinal));
        Assert.Contains("Välkommen till TeamsQuality", RecordedCall.VisibleTextOf(welcome));
        Assert.Contains("Hemtjänst Norra", RecordedCall.VisibleTextOf(welcome));

        using var unknown = await _client.PostAsync(new Uri("/playground/api/teams/19%3Aokand%40thread.tacv2/install", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private sealed record DirectLineConversation(string Id);

    private async Task<DirectLineConversation> StartAsync(string personId, string conversation)
    {
        using var tokenResponse = await _client.PostAsJsonAsync("/playground/api/tokens", new { userId = personId, conversation });
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonObject>();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!["token"]!.GetValue<string>());
        using var started = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonObject>();
        return new DirectLineConversation(body!["conversationId"]!.GetValue<string>());
    }

    private async Task<JsonObject> WaitForAsync(DirectLineConversation conversation, Func<JsonObject, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var page = await _client.GetFromJsonAsync<JsonObject>($"/v3/directline/conversations/{conversation.Id}/activities?watermark=0");
            if (page!["activities"]!.AsArray().Select(a => a!.AsObject()).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The activity did not show up in the playground conversation.");
    }

    private async Task<TeamRoster> RosterWhenAsync(Func<TeamRoster, bool> condition)
    {
        using var scope = _bot.Services.CreateScope();
        var rosters = scope.ServiceProvider.GetRequiredService<TeamRosterRepository>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var roster = await rosters.FindAsync(DemoOrganisation.Tenant, DemoOrganisation.DemoTeamId, CancellationToken.None);
            if (roster is not null && condition(roster))
            {
                return roster;
            }

            Assert.True(DateTime.UtcNow < deadline, "The playground's team was never learned: " + (roster is null ? "no roster" : $"{roster.Channels.Count} channels, {roster.Members.Count} members"));
            await Task.Delay(100);
        }
    }
}
