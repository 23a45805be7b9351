using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Deviations;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Deviations;

/// <summary>
/// People hear back, through the outbox and without any report content: the reporter when the report is assessed,
/// answered and closed; the owner of an action from a report or a stop; the manager (and later the quality
/// developers) while a report waits for its assessment. Monday 23 November 2026, 09:00, the demo organisation.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HearingBackTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string WhatHappened = "Brukaren i ärende SN 2026/118 fick inte sin insats på tre dagar.";
    private DemoTeams _demo = null!;

    private FakeTeamsChannel _teams => _demo.Teams;

    private ManualClock _clock => _demo.Clock;

    public async Task InitializeAsync()
    {
        _demo = await StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));
        await _demo.KnowChatsAsync("sv-SE", DemoOrganisation.People.AnnaBerg, DemoOrganisation.People.ErikLund, DemoOrganisation.People.JohanEk, DemoOrganisation.People.EvaSundberg);
        await _demo.KnowChatsAsync("en-GB", DemoOrganisation.People.FatimaHassan);
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task The_reporter_hears_when_the_report_is_assessed_and_closed_and_the_button_opens_it()
    {
        await FileAsync(DemoOrganisation.People.ErikLund, "Missforhallande");
        var reference = new JsonObject { ["reference"] = "LS-2026-0001" };

        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.assess", With(reference, ("severity", "2"), ("immediateActions", "Insatsen utförd samma dag.")));
        var assessed = await WaitForCardAsync(DemoOrganisation.People.ErikLund, "Din rapport har bedömts");
        Assert.Contains("LS-2026-0001", assessed.VisibleText);
        Assert.Contains("Bedömd", assessed.VisibleText);
        Assert.Contains("Hemtjänst Norra", assessed.VisibleText);
        Assert.DoesNotContain("SN 2026/118", assessed.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("samma dag", assessed.VisibleText, StringComparison.Ordinal);

        // The button opens the report for him (he filed it); the details show there.
        var button = DemoTeams.Descendants(assessed.Card!).Single(o => o["verb"]?.GetValue<string>() == "report.open");
        var opened = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "report.open", (JsonObject)button["data"]!));
        Assert.Contains("SN 2026/118", opened);

        await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.close", With(reference, ("closingDecision", "Utrett och avslutat.")));
        var closed = await WaitForCardAsync(DemoOrganisation.People.ErikLund, "Din rapport är avslutad");
        Assert.DoesNotContain("Utrett", closed.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complaint_is_answered_and_its_reporter_hears_it_in_their_language()
    {
        await FileAsync(DemoOrganisation.People.FatimaHassan, "Klagomal");
        await _demo.Client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "help", DemoOrganisation.People.FatimaHassan, locale: "en-GB"));

        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.answer", With(new JsonObject { ["reference"] = "SK-2026-0001" }, ("answerText", "Vi ringer alltid vid ändrad tid.")));

        var answered = await WaitForCardAsync(DemoOrganisation.People.FatimaHassan, "Your report has been answered");
        Assert.Equal("en", answered.Card!["lang"]!.GetValue<string>());
        Assert.Contains("SK-2026-0001", answered.VisibleText);
        Assert.DoesNotContain("ringer", answered.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_is_told_of_their_own_change()
    {
        // Anna files for her own unit and assesses it herself: she gets no notice about either.
        await FileAsync(DemoOrganisation.People.AnnaBerg, "Avvikelse");
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.assess", With(new JsonObject { ["reference"] = "AV-2026-0001" }, ("severity", "1"), ("immediateActions", "Åtgärdat.")));
        await IdleAsync();

        Assert.Empty(CardsTo(DemoOrganisation.People.AnnaBerg));
    }

    [Fact]
    public async Task The_owner_of_an_action_from_a_report_is_told_what_it_is_but_not_which_report_when_they_may_not_see_it()
    {
        await FileAsync(DemoOrganisation.People.ErikLund, "Missforhallande");
        var reference = new JsonObject { ["reference"] = "LS-2026-0001" };

        await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.action", With(reference, ("actionTitle", "Kontroll av planering vid schemabyte"), ("actionOwner", DemoOrganisation.People.FatimaHassan), ("actionDue", "2027-01-31")));
        await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.action", With(reference, ("actionTitle", "Genomgång på APT"), ("actionOwner", DemoOrganisation.People.ErikLund)));

        // Fatima (staff of the unit) may not see the report: she learns the action, not the report.
        var toFatima = await WaitForCardAsync(DemoOrganisation.People.FatimaHassan, "You own an action");
        Assert.Contains("Kontroll av planering vid schemabyte", toFatima.VisibleText);
        Assert.Contains("31 January 2027", toFatima.VisibleText);
        Assert.Contains("Johan Ek", toFatima.VisibleText);
        Assert.DoesNotContain("LS-2026-0001", toFatima.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("SN 2026/118", toFatima.VisibleText, StringComparison.Ordinal);

        // Erik filed it, so he may see it: his card names the report and opens it.
        var toErik = await WaitForCardAsync(DemoOrganisation.People.ErikLund, "Du är ansvarig för en åtgärd");
        Assert.Contains("LS-2026-0001", toErik.VisibleText);
        Assert.Contains(DemoTeams.Descendants(toErik.Card!), o => o["verb"]?.GetValue<string>() == "report.open");
    }

    [Fact]
    public async Task The_owner_named_in_a_stops_proposal_is_told_when_the_stop_is_finished()
    {
        var stop = new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra, ["year"] = 2027, ["stop"] = 1, ["step"] = 4 };
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", stop);
        await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.propose", With(stop, ("proposalTitle", "Månadsmöte med hemsjukvården"), ("proposalOwner", DemoOrganisation.People.FatimaHassan)));
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.propose", With(stop, ("proposalTitle", "Checklista för överrapportering")));
        Assert.Empty(CardsTo(DemoOrganisation.People.FatimaHassan)); // a proposal is not yet an action

        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.finish", With(stop, ("needsAction", "ja"), ("trend", "Battre")));

        var toFatima = await WaitForCardAsync(DemoOrganisation.People.FatimaHassan, "You own an action");
        Assert.Contains("Månadsmöte med hemsjukvården", toFatima.VisibleText);
        Assert.Contains("Samverkan", toFatima.VisibleText);
        Assert.Contains(DemoTeams.Descendants(toFatima.Card!), o => o["verb"]?.GetValue<string>() == "stop.open");
        await IdleAsync();
        Assert.DoesNotContain(CardsTo(DemoOrganisation.People.AnnaBerg), c => c.VisibleText.Contains("ansvarig för en åtgärd", StringComparison.Ordinal)); // her own
    }

    [Fact]
    public async Task A_report_waiting_for_assessment_reminds_the_manager_and_later_the_quality_developers()
    {
        await FileAsync(DemoOrganisation.People.ErikLund, "Avvikelse");
        await IdleAsync();

        _clock.Now = _clock.Now.AddHours(2);
        Assert.Equal(0, await RemindAsync()); // not yet a day

        _clock.Now = _clock.Now.AddHours(23); // Tuesday 10:00
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync()); // the same reminder once
        var first = Assert.Single(CardsTo(DemoOrganisation.People.AnnaBerg), c => c.VisibleText.Contains("väntar på din bedömning", StringComparison.Ordinal));
        Assert.Contains("AV-2026-0001", first.VisibleText);
        Assert.Contains("1 dag 1 timme", first.VisibleText);
        Assert.DoesNotContain("SN 2026/118", first.VisibleText, StringComparison.Ordinal);
        Assert.Empty(CardsTo(DemoOrganisation.People.JohanEk));

        _clock.Now = _clock.Now.AddHours(24); // two days: escalated to the quality developers too
        Assert.Equal(2, await RemindAsync());
        var escalated = Assert.Single(CardsTo(DemoOrganisation.People.JohanEk));
        Assert.Contains("Eskalerat", escalated.VisibleText);

        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.assess", With(new JsonObject { ["reference"] = "AV-2026-0001" }, ("severity", "1"), ("immediateActions", "Åtgärdat.")));
        _clock.Now = _clock.Now.AddHours(24);
        Assert.Equal(0, await RemindAsync());
    }

    [Fact]
    public async Task A_report_saved_without_its_notices_still_reaches_the_manager()
    {
        // As if the turn died right after saving the report: the notices were never recorded.
        var reports = _demo.Services.GetRequiredService<DeviationRepository>();
        var organisation = (await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        var filing = new DeviationFiling(DeviationKind.Avvikelse, DemoOrganisation.Units.HemtjanstNorra, WhatHappened, _clock.GetUtcNow().AddHours(-1), null, null);
        var reference = await reports.NextReferenceAsync(DemoOrganisation.Tenant, DeviationKind.Avvikelse, 2026, CancellationToken.None);
        await reports.AddAsync(DeviationReport.File(DemoOrganisation.Tenant, reference, filing, organisation.FindPerson(DemoOrganisation.People.ErikLund)!, organisation.FindUnit(DemoOrganisation.Units.HemtjanstNorra)!, _clock.GetUtcNow()), CancellationToken.None);

        _clock.Now = _clock.Now.AddMinutes(20);
        await RemindAsync();

        var notice = Assert.Single(CardsTo(DemoOrganisation.People.AnnaBerg));
        Assert.Contains("AV-2026-0001", notice.VisibleText);
        Assert.Contains("bedömning", notice.VisibleText);
    }

    private List<RecordedCall> CardsTo(string personId) => _demo.CardsTo(personId);

    private Task<RecordedCall> WaitForCardAsync(string personId, string text) =>
        _teams.WaitForCallAsync(c => c.Path == ChatOf(personId) && c.Card is not null && c.VisibleText.Contains(text, StringComparison.Ordinal));

    private Task IdleAsync() => _demo.IdleAsync();

    private Task<int> RemindAsync() => _demo.RunAsync<AssessmentReminderJob, int>(job => job.RunAsync(CancellationToken.None));

    private async Task FileAsync(string personId, string kind)
    {
        var receipt = await _demo.ExecuteAsync(personId, "report.file", new JsonObject
        {
            ["reportKind"] = kind,
            ["reportUnit"] = DemoOrganisation.Units.HemtjanstNorra,
            ["whatHappened"] = WhatHappened,
            ["occurredDate"] = "2026-11-20",
            ["occurredTime"] = "14:30",
            ["immediateMeasures"] = "Vi larmade sjuksköterskan direkt.",
        });
        Assert.Contains("-2026-0001", RecordedCall.VisibleTextOf(receipt));
    }
}
