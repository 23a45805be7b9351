using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Playground;

namespace TeamsQuality.Integration.Tests.Tab;

/// <summary>
/// The management view's API over HTTP, signed in with tokens of a stand-in for Entra, on the demo organisation: Eva
/// (deputy director) gets every unit with the wheel and the figures, Erik (staff) his unit with no figures in the
/// answer at all; someone not in the organisation is answered 403 and a unit one may not see 404, each with a message
/// in their language; a year that is not one is a 400, never a 500.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OverviewTabApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string Sjobacka = DemoOrganisation.Tenant.Value;
    private const string Overview = "/api/tab/overview";

    private readonly FakeEntra _entra = new();
    private BotApp _bot = null!;
    private HttpClient _client = null!;
    private string _audience = null!;

    public async Task InitializeAsync()
    {
        await _entra.StartAsync();
        var settings = _entra.Settings(PlaygroundOptions.TabAppId);
        settings[$"Tenants:{Sjobacka}:Enabled"] = "true";
        _bot = new BotApp(azurite, settings);
        _client = _bot.Client();
        _audience = FakeEntra.AudienceFor(_bot.BaseUrl, PlaygroundOptions.TabAppId);
        _entra.KeyOf(Sjobacka);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _entra.DisposeAsync();
    }

    private string Token(string personId, string name) => _entra.Token(Sjobacka, personId, name, _audience);

    [Fact]
    public async Task Eva_gets_every_unit_each_stops_state_the_wheel_and_the_figures()
    {
        var (status, view) = await GetAsync(Token(DemoOrganisation.People.EvaSundberg, "Eva Sundberg"), Overview);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(view["seesFigures"]!.GetValue<bool>());
        var units = view["units"]!.AsArray().Where(u => !u!["managerGroup"]!.GetValue<bool>()).ToList();
        Assert.Equal(["Barn och unga (IFO)", "Hemtjänst Norra", "LSS-boendet Ekbacken"], units.Select(u => u!["name"]!.GetValue<string>()));
        Assert.All(units, u => Assert.All(u!["stops"]!.AsArray(), s => Assert.Contains(s!["state"]!.GetValue<string>(), new[] { "EjPaborjad", "Paborjad", "Klar", "Forsenad" })));
        var wheel = view["wheel"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, 10), wheel.Select(s => s!["number"]!.GetValue<int>()));
        Assert.Equal("Samverkan", wheel[0]!["theme"]!.GetValue<string>());
        Assert.Equal([11], wheel[0]!["months"]!.AsArray().Select(m => m!.GetValue<int>()));
        // The wheel year's tertials (Vetlanda's year starts in November), named by their months.
        Assert.Equal(["T1 nov–feb", "T2 mar–jun", "T3 jul–okt"], view["deviations"]!["tertials"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal(16, view["riskMatrix"]!.AsArray().Count);
        Assert.NotNull(view["selfChecks"]);

        var (unitStatus, unit) = await GetAsync(Token(DemoOrganisation.People.EvaSundberg, "Eva Sundberg"), $"{Overview}/units/{DemoOrganisation.Units.HemtjanstNorra}?year={view["year"]}");
        Assert.Equal(HttpStatusCode.OK, unitStatus);
        Assert.Equal("Hemtjänst Norra", unit["unit"]!["name"]!.GetValue<string>());
        Assert.Equal(8, unit["stops"]!.AsArray().Count);
        Assert.Equal(3, unit["risks"]!.AsArray().Count);
    }

    [Fact]
    public async Task Erik_gets_his_units_stops_and_actions_and_no_figures_are_in_the_answer()
    {
        var erik = Token(DemoOrganisation.People.ErikLund, "Erik Lund");
        var (status, view) = await GetAsync(erik, Overview);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(view["seesFigures"]!.GetValue<bool>());
        var unit = Assert.Single(view["units"]!.AsArray())!;
        Assert.Equal("Hemtjänst Norra", unit["name"]!.GetValue<string>());
        Assert.NotNull(unit["actions"]);
        foreach (var figure in new[] { "deviations", "riskMatrix", "selfChecks" })
        {
            Assert.Null(view[figure]);
            Assert.Null(unit[figure]);
        }

        Assert.Null(unit["currentRisks"]);
        var (drillStatus, drill) = await GetAsync(erik, $"{Overview}/units/{DemoOrganisation.Units.HemtjanstNorra}");
        Assert.Equal(HttpStatusCode.OK, drillStatus);
        Assert.NotEmpty(drill["stops"]!.AsArray());
        Assert.Null(drill["deviations"]);
        Assert.Null(drill["risks"]);
        Assert.Null(drill["selfChecks"]);
    }

    [Fact]
    public async Task Someone_not_in_the_organisation_gets_403_and_a_unit_one_may_not_see_404_in_their_language()
    {
        var nils = Token(DemoDirectory.NilsStrom, "Nils Ström");
        var (forbidden, message) = await GetAsync(nils, Overview);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        Assert.StartsWith("Översikten visar din organisations kvalitetsarbete, men du finns inte i organisationen", message["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var (forbiddenEnglish, english) = await GetAsync(nils, Overview, "en-US");
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenEnglish);
        Assert.StartsWith("The overview shows your organisation's quality work, but you are not in the organisation", english["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(nils, $"{Overview}/units/{DemoOrganisation.Units.HemtjanstNorra}")).Status);

        var anna = Token(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        var (notFound, unit) = await GetAsync(anna, $"{Overview}/units/{DemoOrganisation.Units.Ekbacken}");
        Assert.Equal(HttpStatusCode.NotFound, notFound);
        Assert.Equal("Den enheten finns inte bland de enheter du kan se.", unit["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(anna, $"{Overview}/units/finns-inte")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(anna, $"{Overview}/units/{DemoOrganisation.Units.HemtjanstNorra}")).Status);

        var (bad, year) = await GetAsync(anna, Overview + "?year=tjugo", "en-US");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal("The year must be a year between 2000 and 2100, e.g. 2027.", year["message"]!.GetValue<string>());

        using var anonymous = new HttpRequestMessage(HttpMethod.Get, Overview);
        using var unauthorized = await _client.SendAsync(anonymous);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string token, string path, string locale = "sv-SE")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd(locale);
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(text)!);
    }
}
