using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Digest;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Digest;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.SelfChecks;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Digest;

/// <summary>
/// The weekly digest against Azurite and the fake Teams channel, the job run as Hangfire runs it on Monday 1 March 2027
/// at 08:00: Anna gets Hemtjänst Norra's self-check, its overdue action and the lex Sarah report waiting for her
/// assessment (its reference only); Eva gets every unit's counts and the IVO decision still to make; Johan the same
/// in English without IVO; Erik (staff) nothing. A rerun, and two servers at once, send nothing twice; what happened in
/// a report is in no card. A person turns it off and on with the card's button and the command.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WeeklyDigestTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Anna = DemoOrganisation.People.AnnaBerg;
    private const string Erik = DemoOrganisation.People.ErikLund;
    private const string Fatima = DemoOrganisation.People.FatimaHassan;
    private const string Eva = DemoOrganisation.People.EvaSundberg;
    private const string Johan = DemoOrganisation.People.JohanEk;
    private const string Unit = DemoOrganisation.Units.HemtjanstNorra;

    /// <summary>What happened in the lex Sarah report waiting for Anna: never in a digest ("duschen" is plain ASCII, so it is found in the raw JSON too).</summary>
    private const string WhatHappened = "Brukaren lämnades ensam i duschen i fyrtio minuter.";

    private const string Check = "Genomförandeplaner är aktuella";
    private const string OverdueAction = "Uppdatera rutinen för nyckelhantering";

    private DemoTeams _demo = null!;

    /// <summary>Monday 1 March 2027, 08:00 Swedish time, week 9.</summary>
    public async Task InitializeAsync()
    {
        _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2027, 3, 1, 8, 0));
        await _demo.KnowChatsAsync("sv-SE", Anna, Erik, Fatima, Eva);
        await _demo.KnowChatsAsync("en-US", Johan);
        await PlanCheckAsync();
        await AddOverdueActionAsync();

        // LS-2027-0001 waits for Anna's assessment; LS-2027-0002 is assessed 3 and waits for Eva's IVO decision.
        await FileLexSarahAsync(Erik, WhatHappened);
        await FileLexSarahAsync(Fatima, "Larmet kopplades inte in efter besöket i duschen.");
        await _demo.ExecuteAsync(Anna, "report.assess", With(
            new JsonObject { ["reference"] = "LS-2027-0002" }, ("severity", "3"), ("immediateActions", "Rutinen ses över samma dag."), ("category", "BristerIVerkstallighet")));
        await _demo.IdleAsync();
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Anna_gets_her_units_titles_Eva_every_unit_and_IVO_Johan_in_English_and_a_rerun_or_two_servers_send_nothing_twice()
    {
        var result = await RunJobAsync(_demo.Bot);
        Assert.True(result.Intended >= 3);

        var anna = Assert.Single(Digests(Anna));
        Assert.Contains("Veckobrevet – vecka 9", anna.VisibleText);
        Assert.Contains("Hemtjänst Norra", anna.VisibleText);
        Assert.Contains(Check, anna.VisibleText);
        Assert.Contains(OverdueAction, anna.VisibleText);
        Assert.Contains("försenad, senast 20 februari 2027", anna.VisibleText);
        Assert.Contains("4. Synpunkter, klagomål, avvikelser, riskanalys", anna.VisibleText);
        Assert.Contains("Rapporter som väntar på bedömning (1)", anna.VisibleText);
        Assert.Contains("LS-2027-0001", anna.VisibleText);
        Assert.DoesNotContain("LS-2027-0002", anna.VisibleText);
        Assert.DoesNotContain("IVO", anna.VisibleText);
        var verbs = Descendants(anna.Card!).Where(o => o["verb"] is not null).ToList();
        Assert.All(
            new[] { "selfcheck.list", "action.plan", "report.unit" },
            verb => Assert.Equal(Unit, verbs.Single(o => o["verb"]!.GetValue<string>() == verb)["data"]!["unit"]!.GetValue<string>()));
        Assert.Contains(verbs, o => o["verb"]!.GetValue<string>() == "digest.off" && o["title"]!.GetValue<string>() == "Stäng av veckobrevet");

        var eva = Assert.Single(Digests(Eva));
        Assert.Contains("Alla enheter, flest försenade först", eva.VisibleText);
        Assert.Matches(@"Hemtjänst Norra: \d+ försenade, \d+ att göra, 1 rapporter att bedöma", eva.VisibleText);
        Assert.Contains("Beslut om anmälan till IVO (1)", eva.VisibleText);
        Assert.Contains("LS-2027-0002 · Hemtjänst Norra", eva.VisibleText);
        Assert.DoesNotContain(OverdueAction, eva.VisibleText);

        var johan = Assert.Single(_demo.CardsTo(Johan), c => c.VisibleText.Contains("Weekly digest (veckobrevet) – week 9"));
        Assert.Contains("Every unit, the most overdue first", johan.VisibleText);
        Assert.DoesNotContain("IVO", johan.VisibleText);

        Assert.Empty(Digests(Erik));
        Assert.Empty(Digests(Fatima));

        // Nothing of what happened in a report is in any card sent, the digests or any other.
        Assert.All(_demo.Teams.Calls, c => Assert.DoesNotContain("duschen", c.Body?.ToJsonString() ?? string.Empty, StringComparison.Ordinal));

        // Run again, on two servers at once, and on Tuesday (the catch-up day): nothing more reaches anyone.
        var calls = _demo.Teams.Calls.Count;
        await using var second = new BotApp(azurite, Settings, s => s.AddSingleton<TimeProvider>(_demo.Clock), _demo.Bot.TablePrefix);
        await Task.WhenAll(RunJobAsync(_demo.Bot), RunJobAsync(second));
        _demo.Clock.Now = ManualClock.Swedish(2027, 3, 2, 8, 0);
        await RunJobAsync(_demo.Bot);
        Assert.Equal(calls, _demo.Teams.Calls.Count);
    }

    [Fact]
    public async Task On_Annandag_pask_nothing_goes_out_and_Tuesday_sends_the_weeks_digest_once()
    {
        _demo.Clock.Now = ManualClock.Swedish(2027, 3, 29, 8, 0);
        await RunJobAsync(_demo.Bot);
        Assert.Empty(Digests(Anna));

        _demo.Clock.Now = ManualClock.Swedish(2027, 3, 30, 8, 0);
        await RunJobAsync(_demo.Bot);
        await RunJobAsync(_demo.Bot);
        Assert.Contains("Veckobrevet – vecka 13", Assert.Single(Digests(Anna)).VisibleText);
    }

    [Fact]
    public async Task Anna_turns_it_off_with_the_command_on_with_the_button_and_off_again_on_the_card_and_each_change_is_kept()
    {
        // "veckobrev av": confirmed in her chat; Monday's run passes her by, Eva still gets hers.
        await _demo.WriteAsync(Anna, "veckobrev av");
        var off = await _demo.Teams.WaitForCallAsync(c => c.Path == ChatOf(Anna) && c.VisibleText.Contains("Veckobrevet är avstängt"));
        var on = Descendants(off.Card!).Single(o => o["verb"]?.GetValue<string>() == "digest.on");
        await RunJobAsync(_demo.Bot);
        Assert.Empty(Digests(Anna));
        Assert.Single(Digests(Eva));

        // The confirmation's button turns it on again: the next Monday she gets it.
        var turnedOn = await _demo.ExecuteAsync(Anna, on["verb"]!.GetValue<string>(), new JsonObject());
        Assert.True(Shows(turnedOn, "Veckobrevet är på"));
        _demo.Clock.Now = ManualClock.Swedish(2027, 3, 8, 8, 0);
        await RunJobAsync(_demo.Bot);
        var digest = Assert.Single(Digests(Anna));
        Assert.Contains("vecka 10", digest.VisibleText);

        // The card's own button turns it off; the Monday after, nothing. "digest on" in English turns it on, answered in English.
        var button = Descendants(digest.Card!).Single(o => o["verb"]?.GetValue<string>() == "digest.off");
        var turnedOff = await _demo.ExecuteAsync(Anna, button["verb"]!.GetValue<string>(), new JsonObject());
        Assert.True(Shows(turnedOff, "Veckobrevet är avstängt"));
        _demo.Clock.Now = ManualClock.Swedish(2027, 3, 15, 8, 0);
        await RunJobAsync(_demo.Bot);
        Assert.Single(Digests(Anna));

        await _demo.Client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_demo.Teams.ServiceUrl, "digest on", Anna, locale: "en-US"));
        await _demo.Teams.WaitForCallAsync(c => c.Path == ChatOf(Anna) && c.VisibleText.Contains("The weekly digest is on."));

        var history = await _demo.Services.GetRequiredService<DigestSubscriptionRepository>().HistoryAsync(DemoOrganisation.Tenant, Anna, CancellationToken.None);
        Assert.Equal([false, true, false, true], history.Select(h => h.On));
        Assert.All(history, h => Assert.Equal(Anna, h.ById));
    }

    private static readonly Dictionary<string, string?> Settings = new() { ["Playground:Enabled"] = "false", ["Demo:Seed"] = "true", ["Hangfire:ServerEnabled"] = "false" };

    private List<RecordedCall> Digests(string personId) =>
        _demo.CardsTo(personId).Where(c => c.VisibleText.Contains("Veckobrevet – vecka", StringComparison.Ordinal)).ToList();

    private static async Task<WeeklyDigestJob.Result> RunJobAsync(BotApp bot)
    {
        using var scope = bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklyDigestJob>().RunAsync(CancellationToken.None);
    }

    private async Task FileLexSarahAsync(string personId, string whatHappened) =>
        await _demo.ExecuteAsync(personId, "report.file", new JsonObject
        {
            ["reportKind"] = "Missforhallande",
            ["reportUnit"] = Unit,
            ["whatHappened"] = whatHappened,
            ["occurredDate"] = "2027-02-26",
            ["occurredTime"] = "14:30",
            ["immediateMeasures"] = "Vi larmade sjuksköterskan direkt.",
        });

    /// <summary>Hemtjänst Norra's plan for 2027: one check Erik performs in March (opens Monday 1 March, due 31 March).</summary>
    private async Task PlanCheckAsync()
    {
        var organisation = (await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        await _demo.Services.GetRequiredService<SelfCheckPlanRepository>().ChangeAsync(DemoOrganisation.Tenant, Unit, 2027, plan =>
        {
            plan.Add("planer", new ControlPointDraft(
                Check, QualityPerspective.Processkvalitet, ControlMethod.Checklista, CheckFrequency.ValdaManader, [3], Erik,
                "Gå igenom varje plan.", null), organisation, organisation.FindPerson(Anna)!, _demo.Clock.GetUtcNow());
            return 0;
        }, CancellationToken.None);
    }

    /// <summary>An action Anna owns that was due on Saturday 20 February (put in before that day, so stored as it stood).</summary>
    private async Task AddOverdueActionAsync()
    {
        var organisation = (await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        var anna = organisation.FindPerson(Anna)!;
        await _demo.Services.GetRequiredService<ImprovementActionRepository>().AddAsync(
            [ImprovementAction.Create(
                DemoOrganisation.Tenant, Unit, "nycklar", OverdueAction, Anna, anna.Name, new DateOnly(2027, 2, 20),
                new ActionOrigin(ActionOriginKind.Riskanalys, "demo-nycklar", "Riskanalys: nyckelhantering"), anna, ManualClock.Swedish(2027, 1, 10, 9, 0))],
            CancellationToken.None);
    }
}
