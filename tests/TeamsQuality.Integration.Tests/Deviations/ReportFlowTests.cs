using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Deviations;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Teams.Hosting;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Deviations;

/// <summary>
/// A lex Sarah report from filing on the phone card to closing, through the bot as Teams drives it: routing at once
/// without sensitive content, the visibility matrix, assessment, the IVO decision and its nudges, investigation,
/// actions, closing, and the history of every step.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string WhatHappened = "Brukaren i ärende SN 2026/118 fick inte sin insats på tre dagar, ingen hörde av sig.";
    private DemoTeams _demo = null!;

    private FakeTeamsChannel _teams => _demo.Teams;

    private ManualClock _clock => _demo.Clock;

    private BotApp _bot => _demo.Bot;

    private HttpClient _client => _demo.Client;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_lex_Sarah_report_reaches_the_manager_quality_developer_and_deputy_director_without_its_content()
    {
        var receipt = RecordedCall.VisibleTextOf(await FileLexSarahAsync());

        Assert.Contains("LS-2026-0001", receipt);
        var notified = await WaitForPeopleNotifiedAsync(3);
        Assert.Equal(
            new[] { DemoOrganisation.People.AnnaBerg, DemoOrganisation.People.EvaSundberg, DemoOrganisation.People.JohanEk }.Order(),
            notified.Order());
        Assert.All(_teams.Calls.Where(c => c.Card is not null), c =>
        {
            Assert.Contains("LS-2026-0001", c.VisibleText);
            Assert.DoesNotContain("insats", c.VisibleText, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SN 2026/118", c.VisibleText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_manager_whose_Teams_is_in_English_is_told_in_English()
    {
        await _client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "help", DemoOrganisation.People.AnnaBerg, locale: "en-GB"));
        await _teams.WaitForCallAsync(c => c.Card is not null);
        var before = _teams.Calls.Count;

        await FileLexSarahAsync();

        var toAnna = await _teams.WaitForCallAsync(c => c.Card is not null && c.Path == $"/v3/conversations/a:personal-{DemoOrganisation.People.AnnaBerg}/activities" && _teams.Calls.ToList().IndexOf(c) >= before);
        Assert.Equal("en", toAnna.Card!["lang"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_personnummer_in_the_report_is_refused_and_everything_typed_comes_back()
    {
        var typed = "Brukaren 19121212-1212 föll i duschen";
        var card = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "report.file", Filing(typed));

        Assert.Contains("personnummer", RecordedCall.VisibleTextOf(card), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(typed, DemoTeams.InputValue(card, "whatHappened"));
        Assert.Equal("Vi larmade sjuksköterskan direkt.", DemoTeams.InputValue(card, "immediateMeasures"));
        Assert.Empty(await MyReportsAsync(DemoOrganisation.People.ErikLund));
        Assert.DoesNotContain(_teams.Calls, c => c.Card is not null);
    }

    [Fact]
    public async Task A_report_without_what_happened_is_refused_naming_the_field()
    {
        var filing = Filing(string.Empty);

        var card = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "report.file", filing);

        Assert.Equal("Vi larmade sjuksköterskan direkt.", DemoTeams.InputValue(card, "immediateMeasures"));
        Assert.Empty(await MyReportsAsync(DemoOrganisation.People.ErikLund));
    }

    [Theory]
    [InlineData(DemoOrganisation.People.ErikLund, true)] // the reporter
    [InlineData(DemoOrganisation.People.AnnaBerg, true)] // the unit's manager
    [InlineData(DemoOrganisation.People.JohanEk, true)] // a quality developer
    [InlineData(DemoOrganisation.People.EvaSundberg, true)] // the deputy director
    [InlineData(DemoOrganisation.People.FatimaHassan, false)] // staff of the same unit
    [InlineData(DemoOrganisation.People.KarinHolm, false)] // another unit's manager
    [InlineData(DemoOrganisation.People.SaraAhmadi, false)] // staff of another unit
    public async Task Only_the_reporter_the_manager_quality_developers_and_the_deputy_director_see_a_report(string personId, bool sees)
    {
        await FileLexSarahAsync();

        var text = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(personId, "report.open", new JsonObject { ["reference"] = "LS-2026-0001" }));

        Assert.Equal(sees, text.Contains("SN 2026/118", StringComparison.Ordinal));
    }

    [Fact]
    public async Task From_filing_to_closing_with_the_IVO_decision_and_the_history_of_every_step()
    {
        await FileLexSarahAsync();
        var reference = new JsonObject { ["reference"] = "LS-2026-0001" };

        // Anna assesses it as 3 (Allvarlig): it must go to IVO, so the deputy director is told at once.
        var before = _teams.Calls.Count;
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.assess", With(reference, ("severity", "3"), ("immediateActions", "Insatsen utförd samma dag, rutinen för planering ses över."), ("category", "BristerIVerkstallighet")));
        Assert.True((await ReportAsync()).AwaitsIvoDecision);
        // It goes out from the outbox right after the answer, without the manager waiting for it.
        await _teams.WaitForCallAsync(c => c.Card is not null && c.VisibleText.Contains("IVO", StringComparison.Ordinal) && _teams.Calls.ToList().IndexOf(c) >= before);

        // It cannot be closed before the decision.
        var early = await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.close", With(reference, ("closingDecision", "Avslutas")));
        Assert.Contains("Avslutas", RecordedCall.VisibleTextOf(early));
        Assert.Contains("IVO", RecordedCall.VisibleTextOf(early));
        Assert.NotEqual(DeviationStatus.Avslutad, (await ReportAsync()).Status);

        // Only the deputy director decides on IVO.
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.ivo", With(reference, ("ivoDecision", "nej"), ("ivoMotivation", "Chefen vill inte")));
        Assert.Null((await ReportAsync()).IvoDecision);
        await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "report.ivo", With(reference, ("ivoDecision", "ja"), ("ivoMotivation", "Allvarligt missförhållande, anmäls snarast.")));
        Assert.True((await ReportAsync()).IvoDecision!.ReportToIvo);

        // The quality developer investigates, adds an action to the unit's plan and closes.
        await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.investigate", With(reference, ("investigationTopic", "Orsaker"), ("investigationText", "Planeringen tappade insatsen vid schemabyte."), ("investigationIsFact", "true")));
        await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.action", With(reference, ("actionTitle", "Kontroll av planering vid schemabyte"), ("actionOwner", DemoOrganisation.People.AnnaBerg), ("actionDue", "2027-01-31")));
        var closed = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "report.close", With(reference, ("closingDecision", "Utredningen avslutad, åtgärd beslutad."))));

        var report = await ReportAsync();
        Assert.Equal(DeviationStatus.Avslutad, report.Status);
        Assert.Equal(
            [DeviationChangeKind.Filed, DeviationChangeKind.Assessed, DeviationChangeKind.IvoDecided, DeviationChangeKind.InvestigationEntryAdded, DeviationChangeKind.ActionAdded, DeviationChangeKind.Closed],
            report.History.Select(h => h.Kind));
        Assert.Equal(["Erik Lund", "Anna Berg", "Eva Sundberg", "Johan Ek", "Johan Ek", "Johan Ek"], report.History.Select(h => h.PersonName));
        var plan = await _bot.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);
        var action = Assert.Single(plan);
        Assert.Equal(("Kontroll av planering vid schemabyte", "LS-2026-0001"), (action.Title, action.Origin.Reference));
        Assert.Contains("Utredningen avslutad", closed);
        Assert.Contains("Eva Sundberg", closed);
    }

    [Fact]
    public async Task The_deputy_director_is_reminded_until_the_IVO_decision_is_recorded_and_it_escalates()
    {
        await FileLexSarahAsync();
        var reference = new JsonObject { ["reference"] = "LS-2026-0001" };
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.assess", With(reference, ("severity", "4"), ("immediateActions", "Larm och läkare direkt.")));
        var callsAfterAssessment = _teams.Calls.Count;

        _clock.Now = _clock.Now.AddHours(25);
        Assert.Equal(1, await NudgeAsync()); // reminder 1 to the deputy director
        Assert.Equal(0, await NudgeAsync()); // the same hour again: nothing twice

        _clock.Now = _clock.Now.AddHours(24);
        Assert.Equal(2, await NudgeAsync()); // reminder 2, escalated: the deputy director and the quality developer
        var reminders = _teams.Calls.Skip(callsAfterAssessment).Where(c => c.Card is not null).ToList();
        Assert.All(reminders, c => Assert.Contains("LS-2026-0001", c.VisibleText));
        Assert.All(reminders, c => Assert.DoesNotContain("SN 2026/118", c.VisibleText, StringComparison.Ordinal));

        await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "report.ivo", With(reference, ("ivoDecision", "ja"), ("ivoMotivation", "Katastrofal, anmäls.")));
        _clock.Now = _clock.Now.AddHours(24);
        Assert.Equal(0, await NudgeAsync());
    }

    [Fact]
    public async Task A_complaint_is_received_answered_and_closed()
    {
        var filing = Filing("Anhörig tycker att tiderna ändras utan besked.");
        filing["reportKind"] = "Klagomal";
        await _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, "report.file", filing);
        var reference = new JsonObject { ["reference"] = "SK-2026-0001" };

        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.answer", With(reference, ("answerText", "Vi ringer alltid vid ändrad tid från och med nu.")));
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "report.close", With(reference, ("closingDecision", "Besvarat och rutinen ändrad.")));

        var report = await _bot.Services.GetRequiredService<DeviationRepository>().FindAsync(DemoOrganisation.Tenant, new DeviationReference("SK", 2026, 1), CancellationToken.None);
        Assert.Equal(DeviationStatus.Avslutad, report!.Status);
        Assert.Equal([DeviationChangeKind.Filed, DeviationChangeKind.Answered, DeviationChangeKind.Closed], report.History.Select(h => h.Kind));
    }

    [Fact]
    public async Task Mina_rapporter_lists_my_own_reports_only()
    {
        await FileLexSarahAsync();
        await _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, "report.file", Filing("Dörren till förrådet stod olåst."));

        await _client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "mina rapporter", DemoOrganisation.People.ErikLund));

        var list = await _teams.WaitForCallAsync(c => c.Card is not null && c.VisibleText.Contains("LS-2026-0001", StringComparison.Ordinal) && c.Path.Contains("personal-" + DemoOrganisation.People.ErikLund, StringComparison.Ordinal));
        Assert.DoesNotContain("AV-2026-0001", list.VisibleText);
    }

    private async Task<JsonObject> FileLexSarahAsync() => await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "report.file", Filing(WhatHappened));

    private static JsonObject Filing(string whatHappened) => new()
    {
        ["reportKind"] = "Missforhallande",
        ["reportUnit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["whatHappened"] = whatHappened,
        ["occurredDate"] = "2026-11-20",
        ["occurredTime"] = "14:30",
        ["immediateMeasures"] = "Vi larmade sjuksköterskan direkt.",
    };

    private async Task<DeviationReport> ReportAsync() =>
        (await _bot.Services.GetRequiredService<DeviationRepository>().FindAsync(DemoOrganisation.Tenant, new DeviationReference("LS", 2026, 1), CancellationToken.None))!;

    private async Task<IReadOnlyList<DeviationReport>> MyReportsAsync(string personId) =>
        await _bot.Services.GetRequiredService<DeviationRepository>().FiledByAsync(DemoOrganisation.Tenant, personId, CancellationToken.None);

    private async Task<int> NudgeAsync()
    {
        using var scope = _bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IvoDecisionNudgeJob>().RunAsync(CancellationToken.None);
    }

    private async Task<List<string>> WaitForPeopleNotifiedAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var people = _teams.Calls.Where(c => c.Path == "/v3/conversations").Select(c => c.Body!["members"]![0]!["aadObjectId"]!.GetValue<string>()).Distinct().ToList();
            if (people.Count >= count || DateTime.UtcNow > deadline)
            {
                return people;
            }

            await Task.Delay(100);
        }
    }



}
