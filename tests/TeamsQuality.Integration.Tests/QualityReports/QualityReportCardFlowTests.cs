using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.QualityReports;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Cards;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.QualityReports;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.QualityReports;

/// <summary>
/// The kvalitetsberättelse over HTTP as the demo people use it in Teams: Anna writes the command and gets her unit's
/// card with the year's figures and Word/PDF links; Erik (staff) is told whom it is for; a personnummer in a section is
/// refused under it with the text kept; a saved section shows in the next compile and in the section's history; Eva
/// gets the administration's; an expired or forged link answers 410/404, never a file.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QualityReportCardFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Anna = DemoOrganisation.People.AnnaBerg;
    private DemoTeams _demo = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoTeams.StartAsync(azurite, new DateTimeOffset(2027, 10, 15, 7, 0, 0, TimeSpan.Zero));
        await using var scope = _demo.Services.CreateAsyncScope();
        await QualityReportSeed.SeedAsync(scope.ServiceProvider);
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Anna_gets_her_units_report_with_the_years_figures_and_the_download_links_and_Erik_is_refused()
    {
        var card = await CommandAsync(Anna, "kvalitetsberättelse");

        var text = RecordedCall.VisibleTextOf(card);
        Assert.Contains("Kvalitetsberättelse 2027 – Hemtjänst Norra", text, StringComparison.Ordinal);
        Assert.Contains("Verksamhetsår 2027: november 2026 – oktober 2027", text, StringComparison.Ordinal);
        Assert.Contains("1 av 8 klara", text, StringComparison.Ordinal);
        Assert.Contains("9 av 10 gjorda, 1 ej godkända", text, StringComparison.Ordinal);
        Assert.Contains("5 avvikelser, 1 lex Sarah, 1 synpunkter och klagomål", text, StringComparison.Ordinal);
        Assert.Contains("Sammanställd från hållplats 1", text, StringComparison.Ordinal);
        var links = Descendants(card).Where(a => a["type"]?.GetValue<string>() == "Action.OpenUrl").Select(a => a["url"]!.GetValue<string>()).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, url => Assert.Contains("/files/", url, StringComparison.Ordinal));

        var erik = await CommandAsync(DemoOrganisation.People.ErikLund, "kvalitetsberattelse");
        Assert.True(Shows(erik, Texts.Swedish.QualityReportNotForYou), RecordedCall.VisibleTextOf(erik));
        Assert.DoesNotContain("Hemtjänst Norra", RecordedCall.VisibleTextOf(erik), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_late_November_the_plain_command_gives_the_year_whose_report_stop_has_opened_not_the_one_just_begun()
    {
        // 25 November 2027: wheel year 2028 has begun, but its analysis days (stop 10, September–October) are far off;
        // 2027's were held, so its report is the one asked for, with the year's reports and charts.
        _demo.Clock.Now = ManualClock.Swedish(2027, 11, 25, 10);

        var text = RecordedCall.VisibleTextOf(await CommandAsync(Anna, "kvalitetsberättelse"));

        Assert.Contains("Kvalitetsberättelse 2027 – Hemtjänst Norra", text, StringComparison.Ordinal);
        Assert.Contains("Verksamhetsår 2027: november 2026 – oktober 2027", text, StringComparison.Ordinal);
        Assert.Contains("5 avvikelser, 1 lex Sarah, 1 synpunkter och klagomål", text, StringComparison.Ordinal);

        // The year just begun is there when asked for by name, and says which months it covers.
        var next = RecordedCall.VisibleTextOf(await CommandAsync(Anna, "kvalitetsberättelse 2028"));
        Assert.Contains("Verksamhetsår 2028: november 2027 – oktober 2028", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_personnummer_in_a_section_is_refused_with_the_text_kept_and_a_saved_section_shows_in_the_next_compile_and_its_history()
    {
        var form = await _demo.ExecuteAsync(Anna, CardVerbs.QualityReportSection, Section("SarskildaHandelser"));
        Assert.Equal("0", InputOrData(form, CardKeys.ReportRevision));

        const string withNumber = "Brukaren 19121212-1212 föll i september.";
        var refused = await _demo.ExecuteAsync(Anna, CardVerbs.QualityReportSaveSection, With(Section("SarskildaHandelser"), (CardKeys.ReportText, withNumber), (CardKeys.ReportRevision, "0")));
        Assert.True(Shows(refused, Texts.Swedish.QualityReportRefusal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ReportSection))), RecordedCall.VisibleTextOf(refused));
        Assert.Equal(withNumber, InputValue(refused, CardKeys.ReportText));
        Assert.Empty((await DraftAsync()).History);

        const string first = "Ett larm gick inte fram till nattpatrullen i september.";
        var saved = await _demo.ExecuteAsync(Anna, CardVerbs.QualityReportSaveSection, With(Section("SarskildaHandelser"), (CardKeys.ReportText, first), (CardKeys.ReportRevision, "0")));
        Assert.Contains(Texts.Swedish.QualityReportSaved, RecordedCall.VisibleTextOf(saved), StringComparison.Ordinal);
        Assert.Contains(first, RecordedCall.VisibleTextOf(saved), StringComparison.Ordinal);

        _demo.Clock.Now = _demo.Clock.Now.AddHours(1);
        const string second = "Ett larm gick inte fram till nattpatrullen i september; rutinen är ändrad.";
        await _demo.ExecuteAsync(Anna, CardVerbs.QualityReportSaveSection, With(Section("SarskildaHandelser"), (CardKeys.ReportText, second), (CardKeys.ReportRevision, "1")));

        // A card older than the last save is refused, and its text kept.
        var stale = await _demo.ExecuteAsync(Anna, CardVerbs.QualityReportSaveSection, With(Section("SarskildaHandelser"), (CardKeys.ReportText, "Äldre text"), (CardKeys.ReportRevision, "1")));
        Assert.True(Shows(stale, Texts.Swedish.QualityReportChangedMeanwhile), RecordedCall.VisibleTextOf(stale));
        Assert.Equal("Äldre text", InputValue(stale, CardKeys.ReportText));

        var report = await CompileAsync();
        var section = Assert.Single(report.Written);
        Assert.Equal((WrittenSectionKind.SarskildaHandelser, second, "Anna Berg", 2), (section.Kind, section.Text, section.ByName, section.Revision));
        var history = (await DraftAsync()).HistoryOf(WrittenSectionKind.SarskildaHandelser);
        Assert.Equal([second, first], history.Select(h => h.Text));
        Assert.All(history, h => Assert.Equal((Anna, "Anna Berg"), (h.ById, h.ByName)));
        var reopened = await _demo.ExecuteAsync(Anna, CardVerbs.QualityReportSection, Section("SarskildaHandelser"));
        Assert.Contains("Version 1 – Anna Berg", RecordedCall.VisibleTextOf(reopened), StringComparison.Ordinal);
        Assert.Equal(second, InputValue(reopened, CardKeys.ReportText));
    }

    [Fact]
    public async Task Annas_own_assessment_replaces_the_compiled_one_and_Erik_cannot_write()
    {
        var data = Section(null);
        data[CardKeys.ReportPerspective] = "Processkvalitet";
        var missing = await _demo.ExecuteAsync(Anna, CardVerbs.QualityReportSavePerspective, With(data, (CardKeys.ReportComment, "Ingen ändring")));
        Assert.True(Shows(missing, Texts.Swedish.QualityReportRefusal(new Refusal(RefusalReason.Required, Field.NeedsAction))), RecordedCall.VisibleTextOf(missing));
        Assert.Equal("Ingen ändring", InputValue(missing, CardKeys.ReportComment));

        var card = await _demo.ExecuteAsync(Anna, CardVerbs.QualityReportSavePerspective, With(data, (CardKeys.ReportNeedsAction, "false"), (CardKeys.ReportTrend, "Samre"), (CardKeys.ReportComment, "Fler larm i höst.")));
        Assert.Contains(Texts.Swedish.QualityReportEdited, RecordedCall.VisibleTextOf(card), StringComparison.Ordinal);
        var process = (await CompileAsync()).Perspectives.Single(p => p.Perspective == Domain.Wheel.QualityPerspective.Processkvalitet);
        Assert.Equal((false, Domain.Stops.Trend.Samre, "Fler larm i höst.", true), (process.NeedsAction, process.Trend, process.Comment, process.Edited));

        var erik = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, CardVerbs.QualityReportSaveSection, With(Section("PersonalOchEkonomi"), (CardKeys.ReportText, "Text")));
        Assert.True(Shows(erik, Texts.Swedish.QualityReportOnlyWriter), RecordedCall.VisibleTextOf(erik));
        Assert.Single((await DraftAsync()).History);
    }

    [Fact]
    public async Task Eva_gets_the_administrations_report_with_a_line_per_unit_and_a_unit_to_choose()
    {
        var card = await CommandAsync(DemoOrganisation.People.EvaSundberg, "quality report 2027");

        var text = RecordedCall.VisibleTextOf(card);
        Assert.Contains($"Kvalitetsberättelse 2027 – {DemoOrganisation.Name}", text, StringComparison.Ordinal);
        Assert.Contains("Hemtjänst Norra:", text, StringComparison.Ordinal);
        Assert.Contains("1/8 hållplatser klara · 5 avvikelser · 1 försenade åtgärder", text, StringComparison.Ordinal);
        Assert.Contains(Inputs(card), i => i["id"]!.GetValue<string>() == CardKeys.ReportScope);

        var unit = await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, CardVerbs.QualityReport, new JsonObject { [CardKeys.ReportScope] = DemoOrganisation.Units.HemtjanstNorra, [CardKeys.ReportYear] = 2027 });
        Assert.Contains("Kvalitetsberättelse 2027 – Hemtjänst Norra", RecordedCall.VisibleTextOf(unit), StringComparison.Ordinal);
        Assert.Contains(Texts.Swedish.QualityReportReadOnly, RecordedCall.VisibleTextOf(unit), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annas_Word_link_gives_her_units_report_as_a_docx_and_Karin_gets_no_file_with_a_link_of_hers()
    {
        var card = await CommandAsync(Anna, "kvalitetsberättelse");
        var word = new Uri(Descendants(card).First(a => a["type"]?.GetValue<string>() == "Action.OpenUrl")["url"]!.GetValue<string>());

        var file = await _demo.Client.GetAsync(word.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Kvalitetsberättelse 2027 – Hemtjänst Norra.docx", file.Content.Headers.ContentDisposition!.FileNameStar ?? file.Content.Headers.ContentDisposition.FileName);
        using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Hemtjänst Norra", text, StringComparison.Ordinal);
        Assert.Contains(QualityReportSeed.Conclusions, text, StringComparison.Ordinal);

        // A link made for Anna's unit but carrying Karin's id (as if she had been given Anna's): not for her, no file.
        var links = _demo.Services.GetRequiredService<TeamsQuality.Bot.Downloads.DownloadLinks>();
        var karins = new Uri(links.Create(DemoOrganisation.Tenant.Value, DemoOrganisation.People.KarinHolm, "kvalitetsberattelse", "enhet:hemtjanst-norra:2027", "docx", UiLanguage.Swedish));
        var refused = await _demo.Client.GetAsync(karins.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("Dokumentet finns inte för dig", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_forged_or_no_longer_allowed_link_gives_a_page_saying_so_never_the_file()
    {
        var card = await CommandAsync(Anna, "kvalitetsberättelse");
        var word = new Uri(Descendants(card).First(a => a["type"]?.GetValue<string>() == "Action.OpenUrl")["url"]!.GetValue<string>());

        var forged = await _demo.Client.GetAsync(word.AbsolutePath[..^3] + "abc");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("Länken gäller inte", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        _demo.Clock.Now = _demo.Clock.Now.AddMinutes(16);
        var expired = await _demo.Client.GetAsync(word.AbsolutePath);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Länken har gått ut", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private async Task<JsonObject> CommandAsync(string personId, string text)
    {
        var before = _demo.Teams.Calls.Count;
        (await _demo.WriteAsync(personId, text)).EnsureSuccessStatusCode();
        var call = await _demo.Teams.WaitForCallAsync(c => c.Card is not null && c.Path.Contains("personal-" + personId, StringComparison.Ordinal) && _demo.Teams.Calls.ToList().IndexOf(c) >= before);
        return call.Card!;
    }

    private static JsonObject Section(string? kind)
    {
        var data = new JsonObject { [CardKeys.ReportScope] = DemoOrganisation.Units.HemtjanstNorra, [CardKeys.ReportYear] = 2027 };
        if (kind is not null)
        {
            data[CardKeys.ReportSection] = kind;
        }

        return data;
    }

    private static string? InputOrData(JsonObject card, string key) =>
        Descendants(card).Select(d => d["data"]?[key]).FirstOrDefault(v => v is not null)?.ToString();

    private async Task<QualityReportDraft> DraftAsync() =>
        await _demo.Services.GetRequiredService<QualityReportDraftRepository>().FindAsync(ReportDraftKey.OfUnit(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, 2027), CancellationToken.None);

    private async Task<QualityReport> CompileAsync()
    {
        await using var scope = _demo.Services.CreateAsyncScope();
        var organisation = (await scope.ServiceProvider.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        return (await scope.ServiceProvider.GetRequiredService<CompileUnitReport>().RunAsync(new Actor(organisation, organisation.FindPerson(Anna)!), DemoOrganisation.Units.HemtjanstNorra, 2027, CancellationToken.None)).Value;
    }
}
