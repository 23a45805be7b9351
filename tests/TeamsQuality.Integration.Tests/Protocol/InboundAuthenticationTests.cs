using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>
/// The JWT matrix: only activities signed by the channel's published keys, for our app id, from the Bot Framework
/// issuer, in time, and for the serviceUrl they carry, are let in.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InboundAuthenticationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AppId = "7d5b8a3e-1c2f-4e6a-9b0d-3f1e2a4c5b6d";
    private readonly FakeTeamsChannel _teams = new();
    private BotApp _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        _bot = new BotApp(
            azurite,
            new Dictionary<string, string?>
            {
                ["Bot:AppId"] = AppId,
                ["Bot:AppSecret"] = "not-used-the-token-source-is-replaced",
                ["Bot:OpenIdMetadataUrl"] = _teams.MetadataUrl,
            },
            services => services.AddSingleton<IBotAccessTokenSource>(new FixedTokenSource("outbound-test-token")));
        _client = _bot.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_token_is_let_in_and_the_reply_carries_the_bot_token()
    {
        var response = await PostAsync(_teams.IssueToken(AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Equal("Bearer outbound-test-token", reply.Authorization);
    }

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_still_let_in()
    {
        var response = await PostAsync(_teams.IssueToken(AppId, expires: DateTime.UtcNow.AddMinutes(-2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_teams.IssueToken(AppId, expires: DateTime.UtcNow.AddMinutes(-10)))).StatusCode);

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_teams.IssueToken(AppId, issuer: "https://sts.windows.net/evil/"))).StatusCode);

    [Fact]
    public async Task A_token_for_another_bot_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_teams.IssueToken(Guid.NewGuid().ToString()))).StatusCode);

    [Fact]
    public async Task A_token_signed_with_a_foreign_key_is_refused()
    {
        var foreign = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "foreign" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_teams.IssueToken(AppId, key: foreign))).StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_serviceUrl_is_forbidden()
    {
        var response = await PostAsync(_teams.IssueToken(AppId, serviceUrl: "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(_teams.Calls, c => c.Card is not null);
    }

    [Fact]
    public async Task No_authorization_header_is_refused()
    {
        var response = await PostAsync(token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_playground_is_not_served_when_authentication_is_on()
    {
        var response = await _client.GetAsync("/playground/api/users");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp")),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request);
    }

    /// <summary>Entra cannot be reached from here; the outbound token is the one boundary replaced.</summary>
    private sealed class FixedTokenSource(string token) : IBotAccessTokenSource
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }
}
