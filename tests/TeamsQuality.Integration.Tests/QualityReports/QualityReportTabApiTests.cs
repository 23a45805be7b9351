using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Playground;

namespace TeamsQuality.Integration.Tests.QualityReports;

/// <summary>
/// The quality report's tab API over HTTP with tokens from a stand-in for Entra: Anna reads her unit's report and writes
/// a section (a personnummer refused with the field named, 400), Erik (staff) is refused 403 with the reason in his
/// language, Eva reads the administration's with a line per unit, and a body that cannot be read is a 400, never a 500.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QualityReportTabApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Api = "/api/tab/quality-report";
    private static readonly string Sjobacka = DemoOrganisation.Tenant.Value;
    private readonly FakeEntra _entra = new();
    private DemoTeams _demo = null!;
    private string _audience = null!;

    public async Task InitializeAsync()
    {
        await _entra.StartAsync();
        _demo = await DemoTeams.StartAsync(azurite, new DateTimeOffset(2027, 10, 15, 7, 0, 0, TimeSpan.Zero), _entra.Settings(PlaygroundOptions.TabAppId));
        _audience = FakeEntra.AudienceFor(_demo.Bot.BaseUrl, PlaygroundOptions.TabAppId);
        _entra.KeyOf(Sjobacka);
        await using var scope = _demo.Services.CreateAsyncScope();
        await QualityReportSeed.SeedAsync(scope.ServiceProvider);
    }

    public async Task DisposeAsync()
    {
        await _demo.DisposeAsync();
        await _entra.DisposeAsync();
    }

    [Fact]
    public async Task Anna_reads_her_report_and_saves_a_section_whose_history_the_next_read_shows()
    {
        var report = await SendAsync(Anna, HttpMethod.Get, Api + "/?year=2027", null, HttpStatusCode.OK);
        Assert.Equal(("hemtjanst-norra", 2027, true), (report["scope"]!.GetValue<string>(), report["year"]!.GetValue<int>(), report["canWrite"]!.GetValue<bool>()));
        Assert.Equal("Kvalitetsberättelse 2027 – Hemtjänst Norra", report["title"]!.GetValue<string>());
        Assert.Equal("Verksamhetsår 2027: november 2026 – oktober 2027", report["period"]!.GetValue<string>());
        Assert.Contains(report["figures"]!.AsArray(), f => f!["value"]!.GetValue<string>() == "1 av 8 klara");

        var refused = await SendAsync(Anna, HttpMethod.Put, Api + "/section",
            new { scope = "hemtjanst-norra", year = 2027, section = "PersonalOchEkonomi", text = "Gäller 19121212-1212.", revision = 0 }, HttpStatusCode.BadRequest);
        var refusal = Assert.Single(refused["refusals"]!.AsArray())!;
        Assert.Equal(("text", "ContainsPersonalIdentityNumber"), (refusal["field"]!.GetValue<string>(), refusal["reason"]!.GetValue<string>()));
        Assert.Contains("personnummer", refusal["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var saved = await SendAsync(Anna, HttpMethod.Put, Api + "/section",
            new { scope = "hemtjanst-norra", year = 2027, section = "PersonalOchEkonomi", text = "Två nya undersköterskor från augusti.", revision = 0 }, HttpStatusCode.OK);
        var section = saved["sections"]!.AsArray().Single(s => s!["kind"]!.GetValue<string>() == "PersonalOchEkonomi")!;
        Assert.Equal(("Två nya undersköterskor från augusti.", 1), (section["text"]!.GetValue<string>(), section["revision"]!.GetValue<int>()));
        var version = Assert.Single(section["history"]!.AsArray())!;
        Assert.Equal("Anna Berg", version["byName"]!.GetValue<string>());

        var links = await SendAsync(Anna, HttpMethod.Post, Api + "/links", new { scope = "hemtjanst-norra", year = 2027 }, HttpStatusCode.OK);
        Assert.Contains("/files/", links["word"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erik_is_refused_in_his_language_Eva_reads_the_administrations_and_a_bad_body_is_a_400()
    {
        var erik = await SendAsync(Token(DemoOrganisation.People.ErikLund, "Erik Lund"), HttpMethod.Get, Api + "/", null, HttpStatusCode.Forbidden, "en-US");
        Assert.Contains("The quality report is for the unit's manager", erik["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var eva = await SendAsync(Token(DemoOrganisation.People.EvaSundberg, "Eva Sundberg"), HttpMethod.Get, Api + "/?year=2027", null, HttpStatusCode.OK);
        Assert.Equal("_forvaltning", eva["scope"]!.GetValue<string>());
        Assert.Equal(3, eva["units"]!.AsArray().Count);
        Assert.Equal(4, eva["choices"]!.AsArray().Count);

        using var request = new HttpRequestMessage(HttpMethod.Put, Api + "/section") { Content = new StringContent("{ not json", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Anna);
        var bad = await _demo.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private string Anna => Token(DemoOrganisation.People.AnnaBerg, "Anna Berg");

    private string Token(string personId, string name) => _entra.Token(Sjobacka, personId, name, _audience);

    private async Task<JsonObject> SendAsync(string token, HttpMethod method, string path, object? body, HttpStatusCode expected, string locale = "sv-SE")
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd(locale);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await _demo.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
