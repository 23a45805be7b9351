using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Deviations;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Organisations;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Deviations;

/// <summary>
/// A manager's ways into the unit's reports, through the bot as Teams drives it: the list of the unit's open reports
/// ("enhetens rapporter"), a reference written to open a report (never telling anyone whether a report they may not see
/// exists), and the substitute (ersättare) who assesses while the manager is away.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnitReportsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string WhatHappened = "Brukaren i ärende SN 2026/118 fick inte sin insats på tre dagar, ingen hörde av sig.";
    private const string Anna = DemoOrganisation.People.AnnaBerg;
    private const string Erik = DemoOrganisation.People.ErikLund;
    private const string Fatima = DemoOrganisation.People.FatimaHassan;
    private const string Karin = DemoOrganisation.People.KarinHolm;
    private const string Johan = DemoOrganisation.People.JohanEk;
    private const string Eva = DemoOrganisation.People.EvaSundberg;
    private const string Oskar = DemoOrganisation.People.OskarNilsson;
    private DemoTeams _demo = null!;

    private FakeTeamsChannel _teams => _demo.Teams;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    // ---- The unit's open reports ----

    [Fact]
    public async Task Anna_lists_Hemtjanst_Norras_open_reports_newest_first_with_how_long_each_has_waited()
    {
        await FileAsync(Erik, "Missforhallande"); // LS-2026-0001
        _demo.Clock.Now = _demo.Clock.Now.AddHours(1);
        await FileAsync(Fatima, "Avvikelse", text: "Dörren till medicinskåpet stod olåst."); // AV-2026-0001
        await FileAsync(Oskar, "Avvikelse", DemoOrganisation.Units.BarnOchUnga, "Ett möte missades."); // AV-2026-0002, another unit
        await FileAsync(Fatima, "Klagomal", text: "Tiderna ändras utan besked."); // SK-2026-0001, answered and closed
        await _demo.ExecuteAsync(Anna, CardVerbs.AnswerFeedback, new JsonObject { ["reference"] = "SK-2026-0001", ["answerText"] = "Vi ringer vid ändrad tid." });
        await _demo.ExecuteAsync(Anna, CardVerbs.CloseDeviation, new JsonObject { ["reference"] = "SK-2026-0001", ["closingDecision"] = "Besvarat." });
        await _demo.ExecuteAsync(Anna, CardVerbs.AssessDeviation, new JsonObject { ["reference"] = "LS-2026-0001", ["severity"] = "3", ["immediateActions"] = "Insatsen utförd samma dag." });
        _demo.Clock.Now = _demo.Clock.Now.AddDays(2);

        var card = await WriteAsync(Anna, "enhetens rapporter");
        var text = RecordedCall.VisibleTextOf(card);

        Assert.Contains("Öppna rapporter – Hemtjänst Norra", text, StringComparison.Ordinal);
        Assert.Contains("2 öppna rapporter", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("AV-2026-0001", StringComparison.Ordinal) is >= 0 and var newer && newer < text.IndexOf("LS-2026-0001", StringComparison.Ordinal), text);
        Assert.DoesNotContain("AV-2026-0002", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SK-2026-0001", text, StringComparison.Ordinal);
        Assert.Contains("har väntat på bedömning i 2 dagar", text, StringComparison.Ordinal);
        Assert.Contains("har väntat på IVO-beslut i 2 dagar", text, StringComparison.Ordinal);
        Assert.Contains("Inkommen", text, StringComparison.Ordinal);
        Assert.Contains("Bedömd", text, StringComparison.Ordinal);
        Assert.Contains("23 november 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SN 2026/118", text, StringComparison.Ordinal);
        Assert.DoesNotContain("medicinskåpet", text, StringComparison.Ordinal);

        // Each row's button opens the report.
        var open = Buttons(card).First(b => b["verb"]?.GetValue<string>() == CardVerbs.OpenDeviation && b["data"]?["reference"]?.GetValue<string>() == "LS-2026-0001");
        Assert.Contains("SN 2026/118", RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Anna, CardVerbs.OpenDeviation, (JsonObject)open["data"]!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erik_of_the_staff_is_refused_the_unit_list_in_his_language_and_told_where_his_own_are()
    {
        await FileAsync(Erik, "Missforhallande");

        var swedish = RecordedCall.VisibleTextOf(await WriteAsync(Erik, "enhetens rapporter"));
        var english = RecordedCall.VisibleTextOf(await WriteAsync(Erik, "unit reports", "en-GB"));
        var forged = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Erik, CardVerbs.UnitDeviations, new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra }));

        Assert.Contains(Texts.Swedish.UnitReportsNotForStaff, swedish, StringComparison.Ordinal);
        Assert.Contains("'mina rapporter'", swedish, StringComparison.Ordinal);
        Assert.Contains(Texts.English.UnitReportsNotForStaff, english, StringComparison.Ordinal);
        Assert.Contains("'my reports'", english, StringComparison.Ordinal);
        Assert.Contains(Texts.Swedish.UnitReportsNotForStaff, forged, StringComparison.Ordinal);
        Assert.All([swedish, english, forged], t => Assert.DoesNotContain("LS-2026-0001", t, StringComparison.Ordinal));

        // Another unit's manager does not get Hemtjänst Norra's list either.
        var karin = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Karin, CardVerbs.UnitDeviations, new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra }));
        Assert.DoesNotContain("LS-2026-0001", karin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deputy_director_chooses_a_unit_and_pages_through_more_reports_than_a_card_holds()
    {
        await AddReportsAsync(UnitDeviationsCard.PageSize + 2);

        var picker = await WriteAsync(Eva, "enhetens rapporter");
        Assert.Contains(Inputs(picker), i => i["id"]?.GetValue<string>() == "unit");
        var choose = Buttons(picker).Single();

        var first = await _demo.ExecuteAsync(Eva, choose["verb"]!.GetValue<string>(), new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra });
        var firstText = RecordedCall.VisibleTextOf(first);
        Assert.Contains("17 öppna rapporter", firstText, StringComparison.Ordinal);
        Assert.Contains("Visar 1–15 av 17.", firstText, StringComparison.Ordinal);
        Assert.Contains("AV-2026-0017", firstText, StringComparison.Ordinal);
        Assert.DoesNotContain("AV-2026-0002", firstText, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(first.ToJsonString()) < 80 * 1024);

        var older = Buttons(first).Single(b => b["title"]?.GetValue<string>() == "Äldre");
        var second = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Eva, CardVerbs.UnitDeviations, (JsonObject)older["data"]!));
        Assert.Contains("Visar 16–17 av 17.", second, StringComparison.Ordinal);
        Assert.Contains("AV-2026-0001", second, StringComparison.Ordinal);
        Assert.Contains("AV-2026-0002", second, StringComparison.Ordinal);
        Assert.DoesNotContain("AV-2026-0003", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_units_channel_the_list_is_a_button_whose_answer_only_the_one_who_pressed_sees()
    {
        await FileAsync(Erik, "Missforhallande");

        var posted = await WriteInChannelAsync(Anna, "enhetens rapporter");

        Assert.DoesNotContain("LS-2026-0001", RecordedCall.VisibleTextOf(posted), StringComparison.Ordinal);
        var button = Buttons(posted).Single();
        Assert.Contains("LS-2026-0001", RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Anna, button["verb"]!.GetValue<string>(), (JsonObject)button["data"]!)), StringComparison.Ordinal);
        Assert.DoesNotContain("LS-2026-0001", RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Fatima, button["verb"]!.GetValue<string>(), (JsonObject)button["data"]!)), StringComparison.Ordinal);
    }

    // ---- A reference written ----

    [Fact]
    public async Task A_reference_written_opens_the_report_for_Anna_and_Johan_and_the_same_neutral_answer_for_Fatima_Karin_and_a_reference_that_does_not_exist()
    {
        await FileAsync(Erik, "Missforhallande");

        Assert.Contains("SN 2026/118", RecordedCall.VisibleTextOf(await WriteAsync(Anna, "  ls-2026-0001 ")), StringComparison.Ordinal);
        Assert.Contains("SN 2026/118", RecordedCall.VisibleTextOf(await WriteAsync(Johan, "LS-2026-0001")), StringComparison.Ordinal);

        var fatima = RecordedCall.VisibleTextOf(await WriteAsync(Fatima, "LS-2026-0001"));
        var karin = RecordedCall.VisibleTextOf(await WriteAsync(Karin, "LS-2026-0001"));
        var missing = RecordedCall.VisibleTextOf(await WriteAsync(Fatima, "LS-2026-0099"));
        var forged = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Fatima, CardVerbs.OpenDeviation, new JsonObject { ["reference"] = "LS-2026-0001" }));
        var forgedMissing = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Fatima, CardVerbs.OpenDeviation, new JsonObject { ["reference"] = "LS-2026-0099" }));

        Assert.Contains("Ingen rapport som du kan öppna har den referensen.", fatima, StringComparison.Ordinal);
        Assert.Equal(fatima, karin);
        Assert.Equal(fatima, missing);
        Assert.Equal(fatima, forged);
        Assert.Equal(fatima, forgedMissing);
        Assert.All([fatima, karin, forged], t => Assert.DoesNotContain("SN 2026/118", t, StringComparison.Ordinal));
        Assert.All([fatima, karin, forged], t => Assert.DoesNotContain("LS-2026-0001", t, StringComparison.Ordinal));
        Assert.All([fatima, karin, forged], t => Assert.DoesNotContain("Hemtjänst Norra", t, StringComparison.Ordinal));
        Assert.All([fatima, karin, forged], t => Assert.DoesNotContain("Lex Sarah", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reference_written_in_the_channel_after_the_mention_gets_the_same_button_whether_it_exists_or_not()
    {
        await FileAsync(Erik, "Missforhallande");

        var existing = await WriteInChannelAsync(Erik, "LS-2026-0001");
        var missing = await WriteInChannelAsync(Erik, " ls-2026-0099 ");

        Assert.DoesNotContain("SN 2026/118", RecordedCall.VisibleTextOf(existing), StringComparison.Ordinal);
        Assert.Equal(RecordedCall.VisibleTextOf(existing), RecordedCall.VisibleTextOf(missing).Replace("LS-2026-0099", "LS-2026-0001", StringComparison.Ordinal));
        var open = (JsonObject)Buttons(existing).Single()["data"]!;
        Assert.Contains("SN 2026/118", RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Anna, CardVerbs.OpenDeviation, open)), StringComparison.Ordinal);
        Assert.DoesNotContain("SN 2026/118", RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Fatima, CardVerbs.OpenDeviation, open)), StringComparison.Ordinal);
    }

    // ---- The substitute ----

    [Fact]
    public async Task Anna_names_Erik_substitute_who_assesses_a_new_report_and_hears_of_it_during_the_period_and_not_after()
    {
        await WriteAsync(Erik, "hjälp");
        var form = await WriteAsync(Anna, "ersättare");
        var people = Inputs(form).Single(i => i["id"]?.GetValue<string>() == "substitutePerson")["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();
        Assert.Contains(Erik, people);
        Assert.Contains(Karin, people);
        Assert.DoesNotContain(Anna, people);
        Assert.DoesNotContain(Oskar, people);

        var eriksCalls = _teams.Calls.Count;
        var named = RecordedCall.VisibleTextOf(await NameAsync(Anna, Erik, "2026-11-30", "2026-12-04"));
        await _demo.IdleAsync();
        Assert.Contains("Ersättaren är utsedd och har fått veta det.", named, StringComparison.Ordinal);
        Assert.Contains("Erik Lund blir ersättare 30 november 2026 – 4 december 2026.", named, StringComparison.Ordinal);
        var told = Assert.Single(NoticesTo(Erik, eriksCalls));
        Assert.Contains("Anna Berg har utsett dig till ersättare för Hemtjänst Norra 30 november 2026 – 4 december 2026", told.VisibleText, StringComparison.Ordinal);

        // Before the period: not Erik's.
        var before = _teams.Calls.Count;
        await FileAsync(Fatima, "Avvikelse", text: "Larmet gick inte fram."); // AV-2026-0001
        await _demo.IdleAsync();
        Assert.Empty(NoticesTo(Erik, before));
        Assert.Single(NoticesTo(Anna, before));
        Assert.DoesNotContain("Larmet", RecordedCall.VisibleTextOf(await WriteAsync(Erik, "AV-2026-0001")), StringComparison.Ordinal);

        // During it: told of a new report, sees it, assesses it, lists the unit's reports.
        _demo.Clock.Now = ManualClock.Swedish(2026, 12, 1, 10, 0);
        before = _teams.Calls.Count;
        await FileAsync(Fatima, "Avvikelse", text: "Nyckeln saknades vid överlämningen."); // AV-2026-0002
        await _demo.IdleAsync();
        var notice = Assert.Single(NoticesTo(Erik, before));
        Assert.Contains("AV-2026-0002", notice.VisibleText, StringComparison.Ordinal);
        Assert.Contains("En rapport behöver din bedömning", notice.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("Nyckeln", notice.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Nyckeln saknades", RecordedCall.VisibleTextOf(await WriteAsync(Erik, "AV-2026-0002")), StringComparison.Ordinal);
        await _demo.ExecuteAsync(Erik, CardVerbs.AssessDeviation, new JsonObject { ["reference"] = "AV-2026-0002", ["severity"] = "2", ["immediateActions"] = "Nyckelrutinen genomgången med gruppen." });
        var assessed = await ReportAsync("AV", 2);
        Assert.Equal((DeviationStatus.Bedomd, Erik, "Erik Lund"), (assessed.Status, assessed.Assessment!.ById, assessed.History[^1].PersonName));
        var list = RecordedCall.VisibleTextOf(await WriteAsync(Erik, "enhetens rapporter"));
        Assert.Contains("AV-2026-0001", list, StringComparison.Ordinal);
        Assert.Contains("Ersättare: Erik Lund", list, StringComparison.Ordinal);

        // After it (the Monday after): neither told, nor let in; Anna is told.
        _demo.Clock.Now = ManualClock.Swedish(2026, 12, 7, 9, 0);
        before = _teams.Calls.Count;
        await FileAsync(Fatima, "Avvikelse", text: "Fel medicin i dosetten."); // AV-2026-0003
        await _demo.IdleAsync();
        Assert.Empty(NoticesTo(Erik, before));
        Assert.Single(NoticesTo(Anna, before));
        await _demo.ExecuteAsync(Erik, CardVerbs.AssessDeviation, new JsonObject { ["reference"] = "AV-2026-0003", ["severity"] = "1", ["immediateActions"] = "Inget." });
        Assert.Equal(DeviationStatus.Inkommen, (await ReportAsync("AV", 3)).Status);
        Assert.Contains(Texts.Swedish.UnitReportsNotForStaff, RecordedCall.VisibleTextOf(await WriteAsync(Erik, "enhetens rapporter")), StringComparison.Ordinal);

        // Who named whom, and when, is on record.
        var history = await _demo.Services.GetRequiredService<OrganisationRepository>().HistoryOfUnitAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);
        var change = Assert.Single(history);
        Assert.Equal(
            (OrganisationChangeKind.SubstituteNamed, "Anna Berg", "Erik Lund", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 4), ManualClock.Swedish(2026, 11, 23, 9, 0)),
            (change.Kind, change.PersonName, change.SubstituteName, change.From, change.Until, change.At));
    }

    [Fact]
    public async Task Anna_ends_the_period_early_and_Erik_is_told_and_let_in_no_more()
    {
        await WriteAsync(Erik, "hjälp");
        await FileAsync(Fatima, "Avvikelse", text: "Larmet gick inte fram.");
        await NameAsync(Anna, Erik, "2026-11-23", "2026-12-04");
        Assert.Contains("Larmet", RecordedCall.VisibleTextOf(await WriteAsync(Erik, "AV-2026-0001")), StringComparison.Ordinal);

        var before = _teams.Calls.Count;
        var ended = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Anna, CardVerbs.EndSubstitute, new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra }));
        await _demo.IdleAsync();

        Assert.Contains("Ersättarens period är avslutad.", ended, StringComparison.Ordinal);
        Assert.Contains("Ingen ersättare är utsedd.", ended, StringComparison.Ordinal);
        Assert.Contains("Anna Berg har avslutat ditt uppdrag som ersättare för Hemtjänst Norra.", Assert.Single(NoticesTo(Erik, before)).VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("Larmet", RecordedCall.VisibleTextOf(await WriteAsync(Erik, "AV-2026-0001")), StringComparison.Ordinal);
        var history = await _demo.Services.GetRequiredService<OrganisationRepository>().HistoryOfUnitAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);
        Assert.Equal([OrganisationChangeKind.SubstituteNamed, OrganisationChangeKind.SubstituteEnded], history.Select(h => h.Kind));
        Assert.Contains("avslutade ersättaren Erik Lund", ended, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reminders_of_a_report_waiting_for_assessment_reach_the_substitute_while_the_period_is_on()
    {
        await _demo.KnowChatsAsync("sv-SE", Anna, Erik, Johan);
        await NameAsync(Anna, Erik, "2026-11-24", "2026-11-26");
        await FileAsync(Fatima, "Avvikelse", text: "Larmet gick inte fram."); // AV-2026-0001, before the period
        await _demo.IdleAsync();

        _demo.Clock.Now = ManualClock.Swedish(2026, 11, 24, 9, 30);
        var before = _teams.Calls.Count;
        await _demo.RunAsync<AssessmentReminderJob, int>(job => job.RunAsync(CancellationToken.None));
        await _demo.IdleAsync();
        Assert.Contains(NoticesTo(Erik, before), c => c.VisibleText.Contains("AV-2026-0001", StringComparison.Ordinal));
        Assert.Contains(NoticesTo(Anna, before), c => c.VisibleText.Contains("AV-2026-0001", StringComparison.Ordinal));
        Assert.All(NoticesTo(Erik, before), c => Assert.DoesNotContain("Larmet", c.VisibleText, StringComparison.Ordinal));

        _demo.Clock.Now = ManualClock.Swedish(2026, 11, 27, 10, 0);
        before = _teams.Calls.Count;
        await _demo.RunAsync<AssessmentReminderJob, int>(job => job.RunAsync(CancellationToken.None));
        await _demo.IdleAsync();
        Assert.Empty(NoticesTo(Erik, before));
        Assert.Contains(NoticesTo(Anna, before), c => c.VisibleText.Contains("AV-2026-0001", StringComparison.Ordinal));
        Assert.Contains(NoticesTo(Johan, before), c => c.VisibleText.Contains("AV-2026-0001", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Erik, "2026-12-10", "2026-12-05", "substituteUntil", "Sista dagen kan inte vara före den första.")]
    [InlineData(Oskar, "2026-12-01", "2026-12-05", "substitutePerson", "Ersättaren ska vara någon i enheten eller en annan enhetschef.")]
    [InlineData(Anna, "2026-12-01", "2026-12-05", "substitutePerson", "Du kan inte vara din egen ersättare.")]
    [InlineData(Erik, "2026-11-20", "2026-12-05", "substituteFrom", "Första dagen har redan varit.")]
    public async Task A_bad_choice_is_said_next_to_its_field_and_just_above_the_button_with_the_dates_kept_and_nothing_saved(
        string personId, string from, string until, string field, string message)
    {
        var card = await NameAsync(Anna, personId, from, until);

        // Next to the field: the first thing after the input says it.
        var body = card["body"]!.AsArray().OfType<JsonObject>().ToList();
        var input = body.FindIndex(e => e["id"]?.GetValue<string>() == field);
        Assert.True(input >= 0, RecordedCall.VisibleTextOf(card));
        Assert.Contains(message, RecordedCall.VisibleTextOf(body[input + 1]), StringComparison.Ordinal);

        // And just above the button that was pressed.
        var button = body.FindIndex(e => e["type"]?.GetValue<string>() == "ActionSet" && Buttons(e).Any(b => b["verb"]?.GetValue<string>() == CardVerbs.NameSubstitute));
        Assert.Contains(message, RecordedCall.VisibleTextOf(body[button - 1]), StringComparison.Ordinal);

        Assert.Equal(from, InputValue(card, "substituteFrom"));
        Assert.Equal(until, InputValue(card, "substituteUntil"));
        var organisation = await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None);
        Assert.Null(organisation!.FindUnit(DemoOrganisation.Units.HemtjanstNorra)!.Substitute);
        Assert.Empty(await _demo.Services.GetRequiredService<OrganisationRepository>().HistoryOfUnitAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_units_manager_names_its_substitute()
    {
        var staff = RecordedCall.VisibleTextOf(await WriteAsync(Erik, "ersättare"));
        var forged = RecordedCall.VisibleTextOf(await NameAsync(Erik, Fatima, "2026-12-01", "2026-12-05"));
        var otherManager = RecordedCall.VisibleTextOf(await NameAsync(Karin, Fatima, "2026-12-01", "2026-12-05"));

        Assert.Contains(Texts.Swedish.SubstituteNoUnit, staff, StringComparison.Ordinal);
        Assert.Contains(Texts.Swedish.SubstituteOnlyManager, forged, StringComparison.Ordinal);
        Assert.Contains(Texts.Swedish.SubstituteOnlyManager, otherManager, StringComparison.Ordinal);
        var organisation = await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None);
        Assert.Null(organisation!.FindUnit(DemoOrganisation.Units.HemtjanstNorra)!.Substitute);
    }

    // ---- Helpers ----

    private async Task FileAsync(string personId, string kind, string unit = DemoOrganisation.Units.HemtjanstNorra, string text = WhatHappened) =>
        await _demo.ExecuteAsync(personId, CardVerbs.FileDeviation, new JsonObject
        {
            ["reportKind"] = kind,
            ["reportUnit"] = unit,
            ["whatHappened"] = text,
            ["occurredDate"] = "2026-11-20",
            ["occurredTime"] = "14:30",
        });

    private Task<JsonObject> NameAsync(string managerId, string personId, string from, string until) =>
        _demo.ExecuteAsync(managerId, CardVerbs.NameSubstitute, new JsonObject
        {
            ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
            ["substitutePerson"] = personId,
            ["substituteFrom"] = from,
            ["substituteUntil"] = until,
        });

    /// <summary>Reports filed straight into storage, a minute apart, for a list longer than a page.</summary>
    private async Task AddReportsAsync(int count)
    {
        var organisation = DemoOrganisation.Create();
        var unit = organisation.FindUnit(DemoOrganisation.Units.HemtjanstNorra)!;
        var repository = _demo.Services.GetRequiredService<DeviationRepository>();
        for (var i = 1; i <= count; i++)
        {
            var at = _demo.Clock.Now.AddMinutes(i);
            var filing = new DeviationFiling(DeviationKind.Avvikelse, unit.Id, "Avvikelse nummer " + i, at.AddDays(-1), null, null);
            await repository.AddAsync(DeviationReport.File(DemoOrganisation.Tenant, new DeviationReference("AV", 2026, i), filing, organisation.FindPerson(Fatima)!, unit, at), CancellationToken.None);
        }

        _demo.Clock.Now = _demo.Clock.Now.AddMinutes(count + 1);
    }

    private async Task<DeviationReport> ReportAsync(string prefix, int number) =>
        (await _demo.Services.GetRequiredService<DeviationRepository>().FindAsync(DemoOrganisation.Tenant, new DeviationReference(prefix, 2026, number), CancellationToken.None))!;

    /// <summary>Writes in the person's chat with the bot and returns the card it answers with.</summary>
    private async Task<JsonObject> WriteAsync(string personId, string text, string locale = "sv-SE")
    {
        // Notices still going out in the background would land in the same chat: let them go first.
        await _demo.IdleAsync();
        var seen = _teams.Calls.Count;
        var response = await _demo.Client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, text, personId, locale));
        response.EnsureSuccessStatusCode();
        var reply = await _teams.WaitForCallAsync(c => c.Card is not null && c.Path == $"/v3/conversations/a:personal-{personId}/activities" && After(c, seen));
        return reply.Card!;
    }

    /// <summary>Writes in Hemtjänst Norra's channel after the @mention, as the person, and returns the card posted there.</summary>
    private async Task<JsonObject> WriteInChannelAsync(string personId, string text)
    {
        await _demo.IdleAsync();
        var seen = _teams.Calls.Count;
        var message = TeamsActivities.ChannelMessage(_teams.ServiceUrl, text);
        message["from"] = new JsonObject { ["id"] = "29:" + personId, ["name"] = personId, ["aadObjectId"] = personId };
        var response = await _demo.Client.PostAsJsonAsync("/api/messages", message);
        response.EnsureSuccessStatusCode();
        var reply = await _teams.WaitForCallAsync(c => c.Card is not null && c.Path.Contains("19:hemtjanst-norra@thread.tacv2", StringComparison.Ordinal) && After(c, seen));
        return reply.Card!;
    }

    /// <summary>The cards delivered in the person's chat since the count of calls was taken (the person wrote nothing since).</summary>
    private List<RecordedCall> NoticesTo(string personId, int since) =>
        _teams.Calls.Skip(since).Where(c => c.Card is not null && !c.Refused && c.Path == ChatOf(personId)).ToList();

    private bool After(RecordedCall call, int seen) => _teams.Calls.ToList().IndexOf(call) >= seen;

    private static IEnumerable<JsonObject> Buttons(JsonNode card) =>
        Descendants(card).Where(o => o["type"]?.GetValue<string>() == "Action.Execute");
}
