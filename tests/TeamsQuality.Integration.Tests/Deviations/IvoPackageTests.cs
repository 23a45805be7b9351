using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Bot.Downloads;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Deviations;
using UglyToad.PdfPig;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Deviations;

/// <summary>
/// The IVO package of a lex Sarah report, as the deputy director meets it in Teams: the checklist on the report's card,
/// an incomplete package that says what is missing and offers no export, a complete one whose link gives the PDF (read
/// back with PdfPig), the export and the sending to IVO in the report's history, and nobody else offered any of it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IvoPackageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string WhatHappened = "Brukaren i ärende SN 2026/118 fick inte sin insats på tre dagar, ingen hörde av sig.";
    private const string Consequences = "Brukaren var utan mat och medicin i tre dagar och blev uttorkad.";
    private const string Motivation = "Allvarligt missförhållande som ska anmälas till IVO snarast.";
    private static readonly JsonObject Reference = new() { ["reference"] = "LS-2026-0001" };
    private DemoTeams _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task An_incomplete_package_lists_what_is_missing_and_offers_no_export()
    {
        await FileAssessAndDecideAsync();

        var report = await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "report.open", Reference);
        Assert.Contains(Verbs(report), v => v == "report.ivoPackage");

        var package = await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "report.ivoPackage", Reference);
        var text = RecordedCall.VisibleTextOf(package);
        Assert.Contains("✓ Vad hände", Lines(package));
        Assert.Contains("✗ Konsekvenser för den enskilde", Lines(package));
        Assert.Contains("✗ Orsaker (analys)", Lines(package));
        Assert.Contains("✗ Åtgärder, planerade eller vidtagna", Lines(package));
        Assert.Contains("Saknas: lägg till i utredningen under 'Orsaker'.", text);
        Assert.Contains("5 saknas ännu", text);
        Assert.Empty(OpenUrls(package));
    }

    [Fact]
    public async Task A_complete_package_gives_a_link_whose_PDF_has_the_report_and_the_export_is_in_its_history_once()
    {
        await FileAssessAndDecideAsync();
        await CompleteAsync();

        var package = await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "report.ivoPackage", Reference);
        Assert.Contains("Underlaget är komplett", RecordedCall.VisibleTextOf(package));
        Assert.DoesNotContain("✗", Lines(package));
        var link = Assert.Single(OpenUrls(package));

        var response = await _demo.Client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Lex Sarah – underlag till IVO", pdf);
        Assert.Contains("LS-2026-0001", pdf);
        Assert.Contains("Hemtjänst Norra", pdf);
        Assert.Contains(WhatHappened, pdf);
        Assert.Contains(Consequences, pdf);
        Assert.Contains("Planeringen tappade insatsen vid schemabyte.", pdf);
        Assert.Contains("Kontroll av planering vid schemabyte", pdf);
        Assert.Contains("Beslut: anmäls till IVO", pdf);
        Assert.Contains(Motivation, pdf);
        Assert.Contains("Exporterad 23 nov. 2026 10:00 av Eva Sundberg", pdf);
        Assert.Contains("Sida 1 av", pdf);
        Assert.DoesNotMatch(new Regex(@"[0-9]{6}\s?[-+]?\s?[0-9]{4}"), pdf);

        // The browser fetches the same link again: still one export.
        Assert.Equal(HttpStatusCode.OK, (await _demo.Client.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
        var exports = (await ReportAsync()).History.Where(h => h.Kind == DeviationChangeKind.IvoPackageExported).ToList();
        Assert.Equal("Eva Sundberg", Assert.Single(exports).PersonName);
        var shown = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.open", Reference));
        Assert.Contains("IVO-underlaget exporterades (PDF)", shown);
    }

    [Fact]
    public async Task The_sending_to_IVO_shows_on_the_report_and_in_its_history_and_a_bad_diarienummer_is_refused_with_the_text_kept()
    {
        await FileAssessAndDecideAsync();
        await CompleteAsync();

        var refused = await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.ivoSent", With(Reference, ("ivoSentOn", "2026-11-23"), ("ivoDiarienummer", "IVO ärende 12")));
        Assert.True(Shows(refused, "IVO:s diarienummer ser ut som 3.1.1-12345/2027"));
        Assert.Equal("IVO ärende 12", InputValue(refused, "ivoDiarienummer"));
        Assert.Equal("2026-11-23", InputValue(refused, "ivoSentOn"));
        Assert.Null((await ReportAsync()).SentToIvo);

        var saved = await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.ivoSent", With(Reference, ("ivoSentOn", "2026-11-23"), ("ivoDiarienummer", "3.1.1-12345/2026")));
        Assert.Contains("Skickad till IVO 23 nov. 2026 · diarienummer 3.1.1-12345/2026", RecordedCall.VisibleTextOf(saved));
        Assert.Contains("Johan Ek", RecordedCall.VisibleTextOf(saved));

        // The manager sees it on the report, with its history.
        var onReport = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.open", Reference));
        Assert.Contains("Skickad till IVO 23 nov. 2026 · diarienummer 3.1.1-12345/2026", onReport);
        Assert.Contains("Skickad till IVO: 2026-11-23 3.1.1-12345/2026", onReport);
        var change = Assert.Single((await ReportAsync()).History, h => h.Kind == DeviationChangeKind.SentToIvo);
        Assert.Equal("Johan Ek", change.PersonName);

        // The year's quality report lists the case with the day it was sent and IVO's number (read with the year's facts).
        var facts = await _demo.Services.GetRequiredService<DeviationRepository>().FactsOfYearAsync(DemoOrganisation.Tenant, 2026, null, CancellationToken.None);
        var fact = Assert.Single(facts, f => f.Reference == "LS-2026-0001");
        Assert.Equal((new DateOnly(2026, 11, 23), "3.1.1-12345/2026"), (fact.SentToIvoOn, fact.IvoDiarienummer));
    }

    [Theory]
    [InlineData(DemoOrganisation.People.ErikLund)] // the reporter
    [InlineData(DemoOrganisation.People.AnnaBerg)] // the unit's manager
    [InlineData(DemoOrganisation.People.FatimaHassan)] // staff of the unit
    public async Task Nobody_else_is_offered_the_package_and_a_link_made_for_them_gives_the_not_available_page(string personId)
    {
        await FileAssessAndDecideAsync();
        await CompleteAsync();

        var report = await _demo.ExecuteAsync(personId, "report.open", Reference);
        Assert.DoesNotContain(Verbs(report), v => v == "report.ivoPackage");
        var pressed = await _demo.ExecuteAsync(personId, "report.ivoPackage", Reference);
        Assert.Empty(OpenUrls(pressed));
        Assert.DoesNotContain(WhatHappened, RecordedCall.VisibleTextOf(pressed));
        await _demo.ExecuteAsync(personId, "report.ivoSent", With(Reference, ("ivoSentOn", "2026-11-23"), ("ivoDiarienummer", "3.1.1-12345/2026")));
        Assert.Null((await ReportAsync()).SentToIvo);

        // A link signed for them (as if the card had offered it) is answered with the page, never the PDF.
        var link = _demo.Services.GetRequiredService<DownloadLinks>().Create(DemoOrganisation.Tenant.Value, personId, "ivo", "LS-2026-0001", "pdf", UiLanguage.Swedish);
        var response = await _demo.Client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Dokumentet finns inte för dig", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.DoesNotContain((await ReportAsync()).History, h => h.Kind == DeviationChangeKind.IvoPackageExported);
    }

    [Fact]
    public async Task A_forged_or_incomplete_link_gives_no_PDF()
    {
        await FileAssessAndDecideAsync();

        // Eva's own link to the package while it is incomplete: the export is refused, nothing recorded.
        var links = _demo.Services.GetRequiredService<DownloadLinks>();
        var early = await _demo.Client.GetAsync(new Uri(links.Create(DemoOrganisation.Tenant.Value, DemoOrganisation.People.EvaSundberg, "ivo", "LS-2026-0001", "pdf", UiLanguage.Swedish)).PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);

        // A token changed by hand.
        await CompleteAsync();
        var path = new Uri(links.Create(DemoOrganisation.Tenant.Value, DemoOrganisation.People.EvaSundberg, "ivo", "LS-2026-0001", "pdf", UiLanguage.Swedish)).PathAndQuery;
        var forged = await _demo.Client.GetAsync(path[..^3] + (path[^3..] == "AAA" ? "BBB" : "AAA"));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("Länken gäller inte", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()));
        Assert.DoesNotContain((await ReportAsync()).History, h => h.Kind == DeviationChangeKind.IvoPackageExported);
    }

    /// <summary>Erik files a lex Sarah report, Anna assesses it 3 (Allvarlig), Eva decides to report it to IVO; an hour passes.</summary>
    private async Task FileAssessAndDecideAsync()
    {
        await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "report.file", new JsonObject
        {
            ["reportKind"] = "Missforhallande",
            ["reportUnit"] = DemoOrganisation.Units.HemtjanstNorra,
            ["whatHappened"] = WhatHappened,
            ["occurredDate"] = "2026-11-20",
            ["occurredTime"] = "14:30",
        });
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.assess", With(Reference, ("severity", "3"), ("immediateActions", "Insatsen utförd samma dag, rutinen för planering ses över.")));
        await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "report.ivo", With(Reference, ("ivoDecision", "ja"), ("ivoMotivation", Motivation)));
        Assert.True((await ReportAsync()).IvoDecision!.ReportToIvo);
        _demo.Clock.Now = _demo.Clock.Now.AddHours(1);
    }

    /// <summary>Johan investigates (consequences and when it was noticed as facts, the causes as an assessment) and adds an action.</summary>
    private async Task CompleteAsync()
    {
        await Investigate("HandelseOchKonsekvenser", Consequences, fact: true);
        await Investigate("NarDetUpptacktes", "Anhörig ringde enheten den 22 november.", fact: true);
        await Investigate("Orsaker", "Planeringen tappade insatsen vid schemabyte.", fact: false);
        await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.action", With(Reference, ("actionTitle", "Kontroll av planering vid schemabyte"), ("actionOwner", DemoOrganisation.People.AnnaBerg), ("actionDue", "2027-01-31")));
        Assert.Empty(IvoPackage.Missing(await ReportAsync()));

        Task Investigate(string topic, string text, bool fact) => _demo.ExecuteAsync(
            DemoOrganisation.People.JohanEk, "report.investigate", With(Reference, ("investigationTopic", topic), ("investigationText", text), ("investigationIsFact", fact ? "true" : "false")));
    }

    private async Task<DeviationReport> ReportAsync() =>
        (await _demo.Services.GetRequiredService<DeviationRepository>().FindAsync(DemoOrganisation.Tenant, new DeviationReference("LS", 2026, 1), CancellationToken.None))!;

    private static List<string> Verbs(JsonObject card) =>
        Descendants(card).Select(o => o["verb"]?.GetValue<string>()).OfType<string>().ToList();

    private static List<string> OpenUrls(JsonObject card) =>
        Descendants(card).Where(o => o["type"]?.GetValue<string>() == "Action.OpenUrl").Select(o => o["url"]!.GetValue<string>()).ToList();

    /// <summary>Each rich text line of the card as read: its runs joined.</summary>
    private static List<string> Lines(JsonObject card) =>
        Descendants(card).Where(o => o["type"]?.GetValue<string>() == "RichTextBlock")
            .Select(o => string.Concat(o["inlines"]!.AsArray().Select(r => r!["text"]!.GetValue<string>()))).ToList();

    /// <summary>The PDF's words in reading order, one space between them.</summary>
    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join(" ", document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
    }
}
