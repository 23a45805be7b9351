using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Playground;

namespace TeamsQuality.Integration.Tests.Tab;

/// <summary>
/// The setup tab's API over HTTP, signed in with tokens of a stand-in for Entra: Sjöbacka starts empty (Demo:Seed=false),
/// IT installs the app in its team through the playground (so the bot learns the roster as from Teams), and Johan Ek,
/// who holds the app role, sets the organisation up. Nobody without the role changes anything; every bad input is
/// answered with a message under its field, in Swedish or English, never a 500; Graph's throttling and missing consent
/// reach the administrator as messages while the setup goes on.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SetupTabApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string Sjobacka = DemoOrganisation.Tenant.Value;
    private const string Norra = "19:hemtjanst-norra@thread.tacv2";
    private const string Ekbacken = "19:lss-ekbacken@thread.tacv2";
    private const string Setup = "/api/tab/setup";

    private readonly FakeEntra _entra = new();
    private BotApp _bot = null!;
    private HttpClient _client = null!;
    private string _audience = null!;

    public async Task InitializeAsync()
    {
        await _entra.StartAsync();
        var settings = _entra.Settings(PlaygroundOptions.TabAppId);
        settings["Demo:Seed"] = "false";
        settings[$"Tenants:{Sjobacka}:Enabled"] = "true";
        settings["Graph:MaxRetries"] = "1";
        _bot = new BotApp(azurite, settings);
        _client = _bot.Client();
        _audience = FakeEntra.AudienceFor(_bot.BaseUrl, PlaygroundOptions.TabAppId);
        _entra.KeyOf(Sjobacka);
        using var installed = await _client.PostAsync(new Uri($"/playground/api/teams/{Uri.EscapeDataString(DemoOrganisation.DemoTeamId)}/install", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, installed.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _entra.DisposeAsync();
    }

    private string Johan => _entra.Token(Sjobacka, DemoOrganisation.People.JohanEk, "Johan Ek", _audience, [Administration.AppRole]);

    private string Erik => _entra.Token(Sjobacka, DemoOrganisation.People.ErikLund, "Erik Lund", _audience);

    [Fact]
    public async Task Johan_names_the_organisation_adds_units_links_channels_chooses_managers_and_imports_staff_and_the_history_says_so()
    {
        var empty = await OkAsync(HttpMethod.Get, Setup);
        Assert.Null(empty["organisation"]);
        var team = Assert.Single(empty["teams"]!.AsArray())!;
        Assert.Contains(Norra, team["channels"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Contains("Nils Ström", empty["notInOrganisation"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));

        await OkAsync(HttpMethod.Put, Setup + "/name", new { name = "  Sjöbacka   socialförvaltning " });
        await OkAsync(HttpMethod.Post, Setup + "/units", new { name = "Hemtjänst Norra" });
        await OkAsync(HttpMethod.Post, Setup + "/units", new { name = "LSS Ekbacken" });
        await OkAsync(HttpMethod.Put, Setup + "/units/hemtjanst-norra/channel", new { channelId = Norra });
        await OkAsync(HttpMethod.Put, Setup + "/units/lss-ekbacken/channel", new { channelId = Ekbacken });
        await OkAsync(HttpMethod.Put, Setup + "/units/hemtjanst-norra/manager", new { personId = DemoOrganisation.People.AnnaBerg });
        await OkAsync(HttpMethod.Put, Setup + "/units/lss-ekbacken/manager", new { personId = DemoOrganisation.People.MatsJansson });
        var import = await OkAsync(HttpMethod.Post, Setup + "/units/hemtjanst-norra/staff", new
        {
            personIds = new[] { DemoOrganisation.People.ErikLund, DemoDirectory.NilsStrom, DemoOrganisation.People.MatsJansson },
        });
        await OkAsync(HttpMethod.Put, $"{Setup}/people/{DemoDirectory.IngridDahl}/role", new { role = "Socialchef" });

        Assert.Equal(["Erik Lund", "Nils Ström"], import["added"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).Order());
        var mats = Assert.Single(import["refused"]!.AsArray())!;
        Assert.Equal("Mats Jansson är redan med i enheten LSS Ekbacken – flytta personen i stället.", mats["message"]!.GetValue<string>());

        var view = await OkAsync(HttpMethod.Get, Setup);
        var organisation = view["organisation"]!;
        Assert.Equal("Sjöbacka socialförvaltning", organisation["name"]!.GetValue<string>());
        var norra = organisation["units"]!.AsArray().Single(u => u!["id"]!.GetValue<string>() == "hemtjanst-norra")!;
        Assert.Equal("Hemtjänst Norra", norra["channel"]!["name"]!.GetValue<string>());
        Assert.Equal("Anna Berg", norra["manager"]!["name"]!.GetValue<string>());
        Assert.Equal(2, norra["staff"]!.GetValue<int>());
        Assert.Empty(norra["problems"]!.AsArray());
        var ingrid = organisation["people"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == DemoDirectory.IngridDahl)!;
        Assert.Equal("Socialchef", ingrid["roleLabel"]!.GetValue<string>());

        var history = await OkAsync(HttpMethod.Get, Setup + "/history?size=3");
        var entries = history["entries"]!.AsArray();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal("Johan Ek", e!["by"]!.GetValue<string>()));
        Assert.Equal("Ingrid Dahl fick rollen Socialchef.", entries[0]!["text"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", entries[0]!["when"]!.GetValue<string>());
        var older = await OkAsync(HttpMethod.Get, $"{Setup}/history?size=50&after={Uri.EscapeDataString(history["next"]!.GetValue<string>())}");
        Assert.Contains("Organisationen Sjöbacka socialförvaltning skapades.", older["entries"]!.AsArray().Select(e => e!["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Erik_without_the_app_role_is_refused_403_for_every_change_and_the_organisation_is_unchanged()
    {
        await OkAsync(HttpMethod.Put, Setup + "/name", new { name = "Sjöbacka" });
        await OkAsync(HttpMethod.Post, Setup + "/units", new { name = "Hemtjänst Norra" });
        var before = (await OkAsync(HttpMethod.Get, Setup)).ToJsonString();

        (HttpMethod, string, object?)[] changes =
        [
            (HttpMethod.Get, Setup, null),
            (HttpMethod.Put, Setup + "/name", new { name = "Eriks kommun" }),
            (HttpMethod.Post, Setup + "/units", new { name = "Eriks enhet" }),
            (HttpMethod.Put, Setup + "/units/hemtjanst-norra/name", new { name = "Norr" }),
            (HttpMethod.Put, Setup + "/units/hemtjanst-norra/channel", new { channelId = Norra }),
            (HttpMethod.Delete, Setup + "/units/hemtjanst-norra/channel", null),
            (HttpMethod.Put, Setup + "/units/hemtjanst-norra/manager", new { personId = DemoOrganisation.People.ErikLund }),
            (HttpMethod.Post, Setup + "/units/hemtjanst-norra/staff", new { personIds = new[] { DemoOrganisation.People.ErikLund } }),
            (HttpMethod.Put, $"{Setup}/people/{DemoOrganisation.People.ErikLund}/role", new { role = "Socialchef" }),
            (HttpMethod.Put, $"{Setup}/people/{DemoOrganisation.People.ErikLund}/unit", new { unitId = "hemtjanst-norra" }),
            (HttpMethod.Delete, $"{Setup}/people/{DemoOrganisation.People.JohanEk}", null),
            (HttpMethod.Put, Setup + "/wheel-template", new { templateId = "nordmaling-huset" }),
            (HttpMethod.Get, $"{Setup}/people/{DemoOrganisation.People.ErikLund}/hints", null),
            (HttpMethod.Get, Setup + "/units/hemtjanst-norra/proposed-manager", null),
            (HttpMethod.Get, Setup + "/history", null),
            (HttpMethod.Put, Setup + "/manager-group/channel", new { channelId = DemoOrganisation.ManagerGroupChannelId }),
            (HttpMethod.Delete, Setup + "/manager-group/channel", null),
        ];
        foreach (var (method, path, body) in changes)
        {
            var (status, answer) = await SendAsync(Erik, method, path, body);
            Assert.True(status == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)status}");
            Assert.Equal("Bara en kvalitetsadministratör kan ändra organisationen. Be IT-avdelningen ge dig approllen Kvalitetsadministratör.", answer["message"]!.GetValue<string>());
        }

        Assert.Equal(before, (await OkAsync(HttpMethod.Get, Setup)).ToJsonString());
    }

    [Fact]
    public async Task Johan_links_the_manager_group_to_its_own_channel_never_a_units_and_the_group_is_no_unit()
    {
        await OkAsync(HttpMethod.Put, Setup + "/name", new { name = "Sjöbacka" });
        await OkAsync(HttpMethod.Post, Setup + "/units", new { name = "Hemtjänst Norra" });
        await OkAsync(HttpMethod.Put, Setup + "/units/hemtjanst-norra/channel", new { channelId = Norra });

        var (taken, refused) = await SendAsync(Johan, HttpMethod.Put, Setup + "/manager-group/channel", new { channelId = Norra });
        Assert.Equal(HttpStatusCode.Conflict, taken);
        Assert.Equal("Kanalen Hemtjänst Norra är redan kopplad till enheten Hemtjänst Norra.", refused["refusals"]![0]!["message"]!.GetValue<string>());

        var linked = await OkAsync(HttpMethod.Put, Setup + "/manager-group/channel", new { channelId = DemoOrganisation.ManagerGroupChannelId });
        Assert.Equal("Chefsgruppen", linked["organisation"]!["managerGroup"]!["channel"]!["name"]!.GetValue<string>());
        Assert.Equal(["hemtjanst-norra"], linked["organisation"]!["units"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
        Assert.Equal("Chefsgruppen kopplades till kanalen Chefsgruppen.", linked["history"]!["entries"]![0]!["text"]!.GetValue<string>());

        // A unit cannot take the group's channel.
        var (again, message) = await SendAsync(Johan, HttpMethod.Put, Setup + "/units/hemtjanst-norra/channel", new { channelId = DemoOrganisation.ManagerGroupChannelId }, "en-US");
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("The channel Chefsgruppen is already the manager group's (chefsgruppen).", message["refusals"]![0]!["message"]!.GetValue<string>());

        var unlinked = await OkAsync(HttpMethod.Delete, Setup + "/manager-group/channel");
        Assert.Null(unlinked["organisation"]!["managerGroup"]!["channel"]);
        Assert.Equal("Chefsgruppen kopplades från kanalen Chefsgruppen.", unlinked["history"]!["entries"]![0]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-US")]
    public async Task Each_bad_input_is_answered_under_its_field_in_the_callers_language_and_never_with_a_500(string locale)
    {
        var sv = locale.StartsWith("sv", StringComparison.Ordinal);
        string Say(string swedish, string english) => sv ? swedish : english;

        await ExpectAsync(HttpMethod.Post, Setup + "/units", new { name = "Hemtjänst Norra" }, 400, "organisationName", Say("Ge organisationen ett namn först.", "Name the organisation first."));
        await ExpectRawAsync(Setup + "/name", "{ not json", Say("Begäran kunde inte läsas. Ladda om sidan och försök igen.", "The request could not be read. Reload the page and try again."));
        await ExpectRawAsync(Setup + "/name", "[1,2]", Say("Begäran kunde inte läsas.", "The request could not be read."));
        await ExpectAsync(HttpMethod.Put, Setup + "/name", new { }, 400, "organisationName", Say("Skriv organisationens namn.", "Type the organisation's name."));
        await ExpectAsync(HttpMethod.Put, Setup + "/name", new { name = 42 }, 400, "organisationName", Say("Skriv organisationens namn.", "Type the organisation's name."));
        await ExpectAsync(HttpMethod.Put, Setup + "/name", new { name = new string('x', 101) }, 400, "organisationName", Say("högst 100 tecken", "at most 100 characters"));

        await OkAsync(HttpMethod.Put, Setup + "/name", new { name = "Sjöbacka" });
        await OkAsync(HttpMethod.Post, Setup + "/units", new { name = "Hemtjänst Norra" });
        await OkAsync(HttpMethod.Post, Setup + "/units", new { name = "LSS Ekbacken" });
        await OkAsync(HttpMethod.Put, Setup + "/units/hemtjanst-norra/channel", new { channelId = Norra });
        await OkAsync(HttpMethod.Post, Setup + "/units/hemtjanst-norra/staff", new { personIds = new[] { DemoDirectory.NilsStrom } });

        await ExpectAsync(HttpMethod.Post, Setup + "/units", new { name = "hemtjänst  norra" }, 409, "unitName", Say("Det finns redan en enhet som heter", "There is already a unit called"));
        await ExpectAsync(HttpMethod.Put, Setup + "/units/finns-inte/name", new { name = "X" }, 400, "unit", Say("Enheten finns inte (längre).", "The unit does not exist (any more)."));
        await ExpectAsync(HttpMethod.Put, Setup + "/units/lss-ekbacken/channel", new { channelId = Norra }, 409, "channel",
            Say("Kanalen Hemtjänst Norra är redan kopplad till enheten Hemtjänst Norra.", "The channel Hemtjänst Norra is already linked to the unit Hemtjänst Norra."));
        await ExpectAsync(HttpMethod.Put, Setup + "/units/lss-ekbacken/channel", new { channelId = "19:okand@thread.tacv2" }, 400, "channel", Say("Teams har inte berättat om den kanalen", "Teams has not told TeamsQuality of that channel"));
        await ExpectAsync(HttpMethod.Put, Setup + "/units/lss-ekbacken/channel", new { }, 400, "channel", Say("Välj en kanal.", "Choose a channel."));
        await ExpectAsync(HttpMethod.Put, Setup + "/units/lss-ekbacken/manager", new { personId = DemoDirectory.NilsStrom }, 409, "manager",
            Say("Nils Ström är redan med i enheten Hemtjänst Norra – flytta personen i stället.", "Nils Ström is already in the unit Hemtjänst Norra – move them instead."));
        await ExpectAsync(HttpMethod.Put, Setup + "/units/lss-ekbacken/manager", new { personId = "ff000000-0000-4000-8000-000000000000" }, 400, "manager",
            Say("Personen finns inte i er organisations Teams", "The person is not in your organisation's Teams"));
        await ExpectAsync(HttpMethod.Post, Setup + "/units/lss-ekbacken/staff", new { personIds = new[] { DemoOrganisation.People.MatsJansson } }, 400, "channel",
            Say("Koppla enheten till en kanal först", "Link the unit to a channel first"));
        await ExpectAsync(HttpMethod.Post, Setup + "/units/hemtjanst-norra/staff", new { personIds = "all" }, 400, "staff", Say("Välj minst en person att ta med.", "Choose at least one person to add."));
        await ExpectAsync(HttpMethod.Put, $"{Setup}/people/{DemoDirectory.IngridDahl}/role", new { role = "Kung" }, 400, "role",
            Say("Välj en av rollerna biträdande socialchef", "Choose one of the roles biträdande socialchef"));
        await ExpectAsync(HttpMethod.Put, $"{Setup}/people/{DemoDirectory.NilsStrom}/unit", new { unitId = "finns-inte" }, 400, "unit", Say("Enheten finns inte (längre).", "The unit does not exist (any more)."));
        await ExpectAsync(HttpMethod.Delete, $"{Setup}/people/okand-person", null, 400, "person", Say("Personen finns inte i organisationen.", "The person is not in the organisation."));
        await ExpectAsync(HttpMethod.Put, Setup + "/wheel-template", new { templateId = "inget" }, 400, "process", Say("Välj", "Choose"));
        var (status, answer) = await SendAsync(Johan, HttpMethod.Get, Setup + "/history?size=abc", null, locale);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(Say("Begäran kunde inte läsas.", "The request could not be read."), answer["message"]!.GetValue<string>(), StringComparison.Ordinal);

        async Task ExpectAsync(HttpMethod method, string path, object? body, int expected, string field, string message)
        {
            var (got, refused) = await SendAsync(Johan, method, path, body, locale);
            Assert.True((int)got == expected, $"{method} {path} answered {(int)got}: {refused.ToJsonString()}");
            var first = refused["refusals"]!.AsArray()[0]!;
            Assert.Equal(field, first["field"]!.GetValue<string>());
            Assert.Contains(message, first["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        async Task ExpectRawAsync(string path, string raw, string message)
        {
            using var request = Request(Johan, HttpMethod.Put, path, locale);
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
            using var response = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.StartsWith(message, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Graph_hints_and_the_proposed_manager_come_from_the_directory_and_throttling_or_missing_consent_is_said_clearly()
    {
        await OkAsync(HttpMethod.Put, Setup + "/name", new { name = "Sjöbacka" });
        await OkAsync(HttpMethod.Post, Setup + "/units", new { name = "Hemtjänst Norra" });
        await OkAsync(HttpMethod.Put, Setup + "/units/hemtjanst-norra/channel", new { channelId = Norra });
        var graph = _bot.Services.GetRequiredService<GraphStandIn>();

        var nils = await OkAsync(HttpMethod.Get, $"{Setup}/people/{DemoDirectory.NilsStrom}/hints");
        Assert.True(nils["inTenant"]!.GetValue<bool>());
        Assert.Equal("Vårdbiträde", nils["person"]!["jobTitle"]!.GetValue<string>());
        Assert.Equal("Anna Berg", nils["manager"]!["name"]!.GetValue<string>());
        Assert.Null(nils["problem"]);

        var proposal = await OkAsync(HttpMethod.Get, Setup + "/units/hemtjanst-norra/proposed-manager");
        Assert.NotNull(proposal["manager"]);
        Assert.Null(proposal["problem"]);

        graph.FailNext(429, TimeSpan.FromSeconds(2), times: 2);
        var throttled = await OkAsync(HttpMethod.Get, $"{Setup}/people/{DemoDirectory.NilsStrom}/hints");
        Assert.Equal("Throttled", throttled["problem"]!["failure"]!.GetValue<string>());
        Assert.StartsWith("Microsoft Graph har för mycket att göra just nu. Försök igen om 2 sekunder", throttled["problem"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        graph.FailNext(403, pathContains: "/manager", times: 20);
        var consent = await OkAsync(HttpMethod.Get, Setup + "/units/hemtjanst-norra/proposed-manager", locale: "en-US");
        Assert.Null(consent["manager"]);
        Assert.Contains("lacks the permission User.Read.All in Microsoft Graph", consent["problem"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // The setup itself goes on without Graph.
        await OkAsync(HttpMethod.Put, Setup + "/units/hemtjanst-norra/manager", new { personId = DemoOrganisation.People.AnnaBerg });
    }

    private async Task<JsonNode> OkAsync(HttpMethod method, string path, object? body = null, string locale = "sv-SE")
    {
        var (status, answer) = await SendAsync(Johan, method, path, body, locale);
        Assert.True(status == HttpStatusCode.OK, $"{method} {path} answered {(int)status}: {answer.ToJsonString()}");
        return answer;
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(string token, HttpMethod method, string path, object? body, string locale = "sv-SE")
    {
        using var request = Request(token, method, path, locale);
        if (body is not null)
        {
            request.Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(text)!);
    }

    private static HttpRequestMessage Request(string token, HttpMethod method, string path, string locale)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd(locale);
        return request;
    }
}
