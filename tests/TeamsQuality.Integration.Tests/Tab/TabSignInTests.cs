using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Playground;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Integration.Tests.Tab;

/// <summary>
/// The tab API lets in only a Teams SSO token of the caller's own tenant for this app, validated against that tenant's
/// published keys, and answers everything else with 401/403 and a message in the user's language, never a 500. The host
/// runs as deployed (Bot:AppId set, so the audience is api://{its host}/{Bot:AppId}) against a stand-in for Entra over
/// HTTP; Sjöbacka's organisation is seeded.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabSignInTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AppId = "3c1f7e2a-9b4d-4e8f-a1c2-5d6e7f8a9b0c";
    private const string Sjobacka = "5e0a7c2b-51b0-4c1e-9d5c-5a0bacc0de01";
    private const string NewTenant = "9a8b7c6d-1111-4222-8333-444455556666";
    private const string NewTenantAdmin = "a1b2c3d4-0000-4000-8000-00000000a001";
    private const string NotEnabledTenant = "7e7e7e7e-2222-4333-8444-555566667777";
    private const string AdministratorRole = Administration.AppRole;

    private readonly FakeEntra _entra = new();
    private BotApp _bot = null!;
    private HttpClient _client = null!;
    private string _audience = null!;

    public async Task InitializeAsync()
    {
        await _entra.StartAsync();
        var settings = _entra.Settings();
        settings["Bot:AppId"] = AppId;
        settings["Bot:AppSecret"] = "not-used-the-token-source-is-replaced";
        settings["Demo:Seed"] = "true";
        settings[$"Tenants:{Sjobacka}:Enabled"] = "true";
        settings[$"Tenants:{NewTenant}:Enabled"] = "true";
        settings[$"Tenants:{NewTenant}:Administrators:0"] = NewTenantAdmin;
        settings[$"Tenants:{NotEnabledTenant}:Administrators:0"] = NewTenantAdmin;
        _bot = new BotApp(azurite, settings, services => services.AddSingleton<IBotAccessTokenSource>(new NoOutboundToken()));
        _client = _bot.Client();
        _audience = FakeEntra.AudienceFor(_bot.BaseUrl, AppId);
        _entra.KeyOf(Sjobacka);
        _entra.KeyOf(NewTenant);
        _entra.KeyOf(NotEnabledTenant);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _entra.DisposeAsync();
    }

    [Fact]
    public async Task Johan_with_the_app_role_is_told_who_he_is_that_he_administers_and_his_organisation()
    {
        var (status, body) = await MeAsync(_entra.Token(Sjobacka, DemoOrganisation.People.JohanEk, "Johan Ek", _audience, [AdministratorRole]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Johan Ek", body["name"]!.GetValue<string>());
        Assert.Equal(DemoOrganisation.People.JohanEk, body["objectId"]!.GetValue<string>());
        Assert.Equal(Sjobacka, body["tenantId"]!.GetValue<string>());
        Assert.True(body["administrator"]!.GetValue<bool>());
        Assert.Equal(DemoOrganisation.Name, body["organisation"]!["name"]!.GetValue<string>());
        Assert.Equal(3, body["organisation"]!["units"]!.GetValue<int>());
        Assert.Equal("Verksamhetsutvecklare", body["person"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Erik_without_the_app_role_does_not_administer_but_sees_his_organisation_and_unit()
    {
        var (status, body) = await MeAsync(_entra.Token(Sjobacka, DemoOrganisation.People.ErikLund, "Erik Lund", _audience));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Erik Lund", body["name"]!.GetValue<string>());
        Assert.False(body["administrator"]!.GetValue<bool>());
        Assert.Equal(DemoOrganisation.Name, body["organisation"]!["name"]!.GetValue<string>());
        Assert.Equal("Hemtjänst Norra", body["person"]!["unit"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_first_administrator_of_a_new_tenant_from_the_bootstrap_list_is_told_there_is_no_organisation_yet()
    {
        var (status, body) = await MeAsync(_entra.Token(NewTenant, NewTenantAdmin, "Maria Ny", _audience));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(NewTenant, body["tenantId"]!.GetValue<string>());
        Assert.True(body["administrator"]!.GetValue<bool>());
        Assert.Null(body["organisation"]);
        Assert.Null(body["person"]);
    }

    [Fact]
    public async Task Nobody_administers_a_tenant_the_operator_has_not_enabled_even_from_the_bootstrap_list()
    {
        var (status, body) = await MeAsync(_entra.Token(NotEnabledTenant, NewTenantAdmin, "Maria Ny", _audience, [AdministratorRole]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(NotEnabledTenant, body["tenantId"]!.GetValue<string>());
        Assert.False(body["administrator"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_v1_token_from_sts_windows_net_of_the_same_tenant_and_a_v2_token_for_the_bare_app_id_are_let_in()
    {
        var v1 = await MeAsync(_entra.Token(Sjobacka, DemoOrganisation.People.ErikLund, "Erik Lund", _audience, change: c => c with { Issuer = $"https://sts.windows.net/{Sjobacka}/" }));
        var bareAppId = await MeAsync(_entra.Token(Sjobacka, DemoOrganisation.People.ErikLund, "Erik Lund", AppId));

        Assert.Equal(HttpStatusCode.OK, v1.Status);
        Assert.Equal(HttpStatusCode.OK, bareAppId.Status);
    }

    [Theory]
    [InlineData("no token")]
    [InlineData("not a JWT")]
    [InlineData("wrong audience")]
    [InlineData("audience of another host")]
    [InlineData("wrong issuer")]
    [InlineData("issuer of another tenant")]
    [InlineData("tid of another tenant")]
    [InlineData("expired beyond the clock skew")]
    [InlineData("not yet valid")]
    [InlineData("signed by another tenant's key")]
    [InlineData("signed by a key nobody published")]
    [InlineData("tid not a GUID")]
    [InlineData("tenant the authority does not know")]
    [InlineData("HS256")]
    [InlineData("unsigned")]
    public async Task A_token_that_is_not_valid_for_this_app_and_tenant_is_refused_with_401_and_a_message(string what)
    {
        var token = what switch
        {
            "no token" => null,
            "not a JWT" => "this-is-not-a-token",
            "wrong audience" => Erik(c => c with { Audience = "api://other.example.se/" + AppId }),
            "audience of another host" => Erik(c => c with { Audience = FakeEntra.AudienceFor("https://attacker.example", AppId) }),
            "wrong issuer" => Erik(c => c with { Issuer = "https://login.example.com/" + Sjobacka + "/v2.0" }),
            "issuer of another tenant" => Erik(c => c with { Issuer = _entra.IssuerOf(NewTenant) }),
            // Signed by the other tenant's key and naming it in tid, but issued (iss) by Sjöbacka.
            "tid of another tenant" => _entra.Token(NewTenant, DemoOrganisation.People.ErikLund, "Erik Lund", _audience, change: c => c with { Issuer = _entra.IssuerOf(Sjobacka) }),
            "expired beyond the clock skew" => Erik(c => c with { Expires = DateTime.UtcNow.AddMinutes(-6) }),
            "not yet valid" => Erik(c => c with { NotBefore = DateTime.UtcNow.AddMinutes(10), Expires = DateTime.UtcNow.AddMinutes(70) }),
            "signed by another tenant's key" => Erik(key: _entra.KeyOf(NewTenant)),
            "signed by a key nobody published" => Erik(key: FakeEntra.NewKey()),
            "tid not a GUID" => Erik(c => c with { Tenant = "sjobacka" }),
            "tenant the authority does not know" => _entra.Token("0f0f0f0f-0000-4000-8000-0f0f0f0f0f0f", DemoOrganisation.People.ErikLund, "Erik Lund", _audience, key: _entra.KeyOf(Sjobacka)),
            "HS256" => Erik(c => c with { Algorithm = SecurityAlgorithms.HmacSha256 }, new SymmetricSecurityKey(new byte[64]) { KeyId = _entra.KeyOf(Sjobacka).KeyId }),
            "unsigned" => Unsigned(Erik()),
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        var (status, body) = await MeAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("unauthorized", body["error"]!.GetValue<string>());
        Assert.Contains(what == "no token" ? "Du är inte inloggad" : "Inloggningen kunde inte bekräftas", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["name"]);
    }

    [Fact]
    public async Task A_refusal_is_in_English_for_a_user_whose_Teams_is_English()
    {
        var (status, body) = await MeAsync(Erik(c => c with { Expires = DateTime.UtcNow.AddMinutes(-30) }), "en-GB");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("Your sign-in could not be confirmed.", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_token_that_is_not_a_persons_sign_in_is_refused_with_403()
    {
        // An app's own token for the API (client credentials): no delegated scope.
        var (status, body) = await MeAsync(Erik(c => c with { Scope = null }));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("forbidden", body["error"]!.GetValue<string>());
        Assert.Contains("inte en person", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_tenant_rolls_its_key_the_new_key_is_fetched_once_and_the_old_one_no_longer_lets_in()
    {
        var before = Erik();
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(before)).Status);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(Erik())).Status);
        var reads = _entra.MetadataReadsOf(Sjobacka);
        Assert.Equal(1, reads);

        _entra.RollKey(Sjobacka);

        Assert.Equal(HttpStatusCode.OK, (await MeAsync(Erik())).Status);
        Assert.Equal(reads + 1, _entra.MetadataReadsOf(Sjobacka));
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(before)).Status);
    }

    private string Erik(Func<SsoTokenClaims, SsoTokenClaims>? change = null, SecurityKey? key = null) =>
        _entra.Token(Sjobacka, DemoOrganisation.People.ErikLund, "Erik Lund", _audience, change: change, key: key);

    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{parts[1]}.";
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> MeAsync(string? token, string locale = "sv-SE")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tab/me");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.AcceptLanguage.ParseAdd(locale);
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"GET /api/tab/me answered {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(text)!);
    }

    /// <summary>Entra cannot be reached from here; the bot's outbound token is not used by these tests.</summary>
    private sealed class NoOutboundToken : IBotAccessTokenSource
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>("not-used");
    }
}
