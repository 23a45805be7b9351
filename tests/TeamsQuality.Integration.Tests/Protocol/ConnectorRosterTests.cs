using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Teams.Auth;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>Reading a team's channels and members from the channel service, as the roster sync will.</summary>
public sealed class ConnectorRosterTests : IAsyncLifetime
{
    private const string TeamId = "19:team-sjobacka@thread.tacv2";
    private readonly FakeTeamsChannel _teams = new();
    private readonly HttpClient _http = new();
    private ConnectorClient _connector = null!;

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        var options = Options.Create(new BotOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(50), MaxSendRetries = 4 });
        _connector = new ConnectorClient(_http, new AzureIdentityBotTokenSource(options), options, NullLogger<ConnectorClient>.Instance, TimeProvider.System);
        _teams.ServeTeam(
            TeamId,
            [(TeamId, null), ("19:hemtjanst-norr@thread.tacv2", "Hemtjänst Norr")],
            [
                new FakeMember("aad-anna", "Anna Berg", "anna.berg@sjobacka.se", "owner"),
                new FakeMember("aad-bo", "Bo Ek", "bo.ek@sjobacka.se"),
                new FakeMember("aad-cilla", "Cilla Ås", "cilla.as@sjobacka.se"),
                new FakeMember("aad-gast", "Gäst Gästsson", "gast@example.com", "guest"),
            ],
            pageSize: 2);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task The_team_s_channels_are_listed_with_their_names()
    {
        var channels = await _connector.GetTeamChannelsAsync(_teams.ServiceUrl, TeamId, CancellationToken.None);

        Assert.Equal([TeamId, "19:hemtjanst-norr@thread.tacv2"], channels.Select(c => c.Id));
        Assert.Equal([null, "Hemtjänst Norr"], channels.Select(c => c.Name));
    }

    [Fact]
    public async Task Every_member_is_read_across_the_pages_with_id_name_email_and_role()
    {
        var members = await _connector.GetMembersAsync(_teams.ServiceUrl, TeamId, CancellationToken.None);

        Assert.Equal(["aad-anna", "aad-bo", "aad-cilla", "aad-gast"], members.Select(m => m.AadObjectId));
        var anna = members[0];
        Assert.Equal(("Anna Berg", "anna.berg@sjobacka.se", "owner"), (anna.Name, anna.Email, anna.UserRole));
        Assert.Equal("guest", members[3].UserRole);

        // Two pages: the second asked for with the token the first gave.
        var calls = _teams.Calls.Where(c => c.Path.EndsWith("/pagedmembers", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, calls.Count);
        Assert.DoesNotContain("continuationToken", calls[0].Query, StringComparison.Ordinal);
        Assert.Contains("continuationToken=page-2", calls[1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_page_is_waited_out_and_the_members_still_all_read()
    {
        await _connector.GetMembersAsync(_teams.ServiceUrl, TeamId, CancellationToken.None);
        var before = _teams.Calls.Count;
        _teams.AnswerNext(429, retryAfter: TimeSpan.FromSeconds(1));

        var members = await _connector.GetMembersAsync(_teams.ServiceUrl, TeamId, CancellationToken.None);

        Assert.Equal(4, members.Count);
        Assert.Equal(3, _teams.Calls.Count - before);
    }

    [Fact]
    public async Task A_team_the_bot_is_not_in_surfaces_as_a_refusal()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _connector.GetTeamChannelsAsync(_teams.ServiceUrl, "19:other-team@thread.tacv2", CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
    }
}
