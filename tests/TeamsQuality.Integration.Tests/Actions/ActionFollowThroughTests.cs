using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.Actions;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Actions;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Logbook;
using TeamsQuality.Storage.Organisations;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Actions;

/// <summary>
/// An action followed to the end through the bot as Teams drives it, against Azurite: Erik, its owner, changes its
/// status with comments and the history shows them; Fatima may not; the reminder job reminds him a week before, on the
/// day and when overdue, each once, and not after it is done; three months after Genomförd the effect question comes,
/// and Nej leads to a new action in the plan or back to the analysis.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ActionFollowThroughTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Erik = DemoOrganisation.People.ErikLund;
    private const string Title = "Checklista för överlämning på kvällspasset";
    private DemoTeams _demo = null!;

    /// <summary>Monday 23 November 2026, 09:00.</summary>
    public async Task InitializeAsync()
    {
        _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));
        await _demo.KnowChatsAsync("sv-SE", Erik, DemoOrganisation.People.AnnaBerg, DemoOrganisation.People.FatimaHassan);
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Erik_marks_his_action_in_progress_then_done_with_comments_and_the_history_shows_both()
    {
        var action = await PlanAsync(Title, new DateOnly(2026, 12, 11));

        var started = await PressAsync(Erik, "action.status", action, ("actionStatus", "Pagaende"), ("actionComment", "Började med kvällsgruppen i dag"));
        Assert.True(Shows(started, "Sparat"));
        _demo.Clock.Now = _demo.Clock.Now.AddDays(2);
        await PressAsync(Erik, "action.status", action, ("actionStatus", "Genomford"), ("actionComment", "Checklistan sitter uppe och används"));

        var saved = await FindAsync(action);
        Assert.Equal(ActionStatus.Genomford, saved.Status);
        Assert.Equal(new DateOnly(2027, 2, 25), saved.FollowUpOn);
        var history = RecordedCall.VisibleTextOf(await PressAsync(Erik, "action.history", action));
        Assert.Contains("Började med kvällsgruppen i dag", history, StringComparison.Ordinal);
        Assert.Contains("Checklistan sitter uppe och används", history, StringComparison.Ordinal);
        Assert.Contains("Ej påbörjad → Pågående", history, StringComparison.Ordinal);
        Assert.Contains("Pågående → Genomförd", history, StringComparison.Ordinal);
        Assert.Contains("Erik Lund", history, StringComparison.Ordinal);

        // The plan lists it among the done ones, with its origin, cause and purpose.
        var plan = RecordedCall.VisibleTextOf(await PressAsync(Erik, "action.plan", new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra }));
        Assert.Contains(Title, plan, StringComparison.Ordinal);
        Assert.Contains("Hållplats 1 Samverkan (2027)", plan, StringComparison.Ordinal);
        Assert.Contains("Kvällspasset missar överlämningen", plan, StringComparison.Ordinal);
        Assert.Contains("Förebyggande", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fatima_who_does_not_own_it_is_refused_and_a_personnummer_is_refused_with_the_comment_kept()
    {
        var action = await PlanAsync(Title, new DateOnly(2026, 12, 11));

        var fatima = await PressAsync(DemoOrganisation.People.FatimaHassan, "action.status", action, ("actionStatus", "Genomford"), ("actionComment", "Jag gjorde den"));
        Assert.True(Shows(fatima, "Bara den ansvariga och enhetschefen"));
        Assert.Equal(ActionStatus.EjPaborjad, (await FindAsync(action)).Status);

        var typed = "Gäller brukaren 19121212-1212 på kvällen";
        var refused = await PressAsync(Erik, "action.status", action, ("actionStatus", "Pagaende"), ("actionComment", typed));
        Assert.True(Shows(refused, "personnummer"));
        Assert.Equal(typed, InputValue(refused, "actionComment"));
        var unchanged = await FindAsync(action);
        Assert.Equal((ActionStatus.EjPaborjad, 1), (unchanged.Status, unchanged.History.Count));
    }

    [Fact]
    public async Task The_owner_is_reminded_a_week_before_on_the_day_and_when_overdue_each_once_and_not_after_done()
    {
        // Due Friday 11 December: reminded Friday 4th, Friday 11th, and overdue Monday 14th.
        var action = await PlanAsync(Title, new DateOnly(2026, 12, 11));
        var finishedEarly = await PlanAsync("Genomgång av nyckelrutinen", new DateOnly(2026, 12, 11));
        await PressAsync(Erik, "action.status", finishedEarly, ("actionStatus", "Genomford"), ("actionComment", "Klar redan"));

        foreach (var (day, title) in new[] { (4, "En vecka kvar"), (11, "ska vara klar i dag"), (14, "försenad") })
        {
            _demo.Clock.Now = ManualClock.Swedish(2026, 12, day, 9, 0);
            await using var second = await StartSecondAsync();
            await Task.WhenAll(RemindAsync(_demo.Services), RemindAsync(second.Services));
            await RemindAsync(_demo.Services);

            var cards = RemindersTo(Erik, Title);
            Assert.Single(cards, c => c.VisibleText.Contains(title, StringComparison.Ordinal));
        }

        Assert.Equal(3, RemindersTo(Erik, Title).Count);
        Assert.Empty(RemindersTo(Erik, "Genomgång av nyckelrutinen"));
        Assert.All(RemindersTo(Erik, Title), c => Assert.Contains("Ändra status", c.VisibleText, StringComparison.Ordinal));
        _ = action;
    }

    [Fact]
    public async Task Three_months_after_done_the_effect_question_comes_and_no_leads_to_a_new_action_in_the_plan()
    {
        var action = await PlanAsync(Title, new DateOnly(2026, 12, 11));
        await PressAsync(Erik, "action.status", action, ("actionStatus", "Genomford"), ("actionComment", "Checklistan används"));

        _demo.Clock.Now = ManualClock.Swedish(2027, 2, 22, 9, 0);
        await RemindAsync(_demo.Services);
        Assert.DoesNotContain(_demo.CardsTo(Erik), c => c.VisibleText.Contains("Hade åtgärden effekt?", StringComparison.Ordinal));

        _demo.Clock.Now = ManualClock.Swedish(2027, 2, 23, 9, 0);
        await RemindAsync(_demo.Services);
        await RemindAsync(_demo.Services);
        var question = Assert.Single(_demo.CardsTo(Erik), c => c.VisibleText.Contains("Hade åtgärden effekt?", StringComparison.Ordinal) && c.VisibleText.Contains(Title, StringComparison.Ordinal));
        Assert.Contains("Delvis", question.VisibleText, StringComparison.Ordinal);

        var asked = await PressAsync(Erik, "action.effect", action, ("actionEffect", "Nej"), ("actionComment", "Ingen använder checklistan på kvällen"));
        Assert.True(Shows(asked, "Ingen effekt – vad gör vi nu?"));
        Assert.Equal("Kvällspasset missar överlämningen", InputValue(asked, "actionCause"));

        await PressAsync(Erik, "action.effectNew", action,
            ("actionTitle", "Muntlig överlämning vid varje passbyte"), ("actionCause", "Kvällspasset missar överlämningen"), ("actionOwner", Erik), ("actionDue", "2027-04-30"), ("actionPurpose", "Korrigerande"));

        var plan = await _demo.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);
        var followUp = Assert.Single(plan, a => a.Title == "Muntlig överlämning vid varje passbyte");
        Assert.Equal((ActionStatus.EjPaborjad, "2027-01", ActionPurpose.Korrigerande), (followUp.Status, followUp.Origin.Reference, followUp.Purpose));
        var old = await FindAsync(action);
        Assert.Equal((ActionEffect.Nej, NoEffectStep.NyAtgard), (old.Effect!.Effect, old.AfterNoEffect));
        var planCard = RecordedCall.VisibleTextOf(await PressAsync(Erik, "action.plan", new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra }));
        Assert.Contains("Muntlig överlämning vid varje passbyte", planCard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_effect_can_send_the_cause_back_to_the_analysis_as_a_note_under_the_stops_theme()
    {
        var action = await PlanAsync(Title, new DateOnly(2026, 12, 11));
        await PressAsync(Erik, "action.status", action, ("actionStatus", "Genomford"), ("actionComment", "Checklistan används"));
        _demo.Clock.Now = ManualClock.Swedish(2027, 2, 23, 10, 0);
        await PressAsync(Erik, "action.effect", action, ("actionEffect", "Nej"), ("actionComment", "Ingen använder checklistan"));

        var back = await PressAsync(Erik, "action.effectBack", action);

        Assert.True(Shows(back, "tillbaka till analysen"));
        var notes = await _demo.Services.GetRequiredService<LogbookRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, 1, DateTimeOffset.MinValue, CancellationToken.None);
        var note = Assert.Single(notes, n => n.Text.Contains(Title, StringComparison.Ordinal));
        Assert.Contains("Ingen använder checklistan", note.Text, StringComparison.Ordinal);
        Assert.Equal(NoEffectStep.TillbakaTillAnalysen, (await FindAsync(action)).AfterNoEffect);
    }

    /// <summary>Anna puts an action for Erik into the plan, from stop 1, as a feature does (the shared use case).</summary>
    private async Task<JsonObject> PlanAsync(string title, DateOnly due)
    {
        using var scope = _demo.Services.CreateScope();
        var organisation = (await scope.ServiceProvider.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        var unit = organisation.FindUnit(DemoOrganisation.Units.HemtjanstNorra)!;
        var added = await scope.ServiceProvider.GetRequiredService<AddAction>().RunAsync(
            new Actor(organisation, organisation.FindPerson(DemoOrganisation.People.AnnaBerg)!), unit,
            new NewAction(title, "Kvällspasset missar överlämningen", Erik, due, ActionPurpose.Forebyggande),
            new ActionOrigin(ActionOriginKind.Hallplats, "2027-01", "Hållplats 1 Samverkan (2027)"), null, CancellationToken.None);
        return new JsonObject { ["unit"] = unit.Id, ["action"] = added.Value.Id };
    }

    private Task<JsonObject> PressAsync(string person, string verb, JsonObject data, params (string Key, string Value)[] inputs) =>
        _demo.ExecuteAsync(person, verb, With(data, inputs));

    private async Task<ImprovementAction> FindAsync(JsonObject data) =>
        (await _demo.Services.GetRequiredService<ImprovementActionRepository>().FindAsync(
            DemoOrganisation.Tenant, data["unit"]!.GetValue<string>(), data["action"]!.GetValue<string>(), CancellationToken.None))!;

    private List<RecordedCall> RemindersTo(string person, string title) =>
        _demo.CardsTo(person).Where(c => c.VisibleText.Contains(title, StringComparison.Ordinal) && !c.VisibleText.Contains("Du är ansvarig", StringComparison.Ordinal)).ToList();

    private static async Task RemindAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ActionRemindersJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>A second server on the same storage, as when two instances run the job at once.</summary>
    private async Task<BotApp> StartSecondAsync()
    {
        var bot = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Demo:Seed"] = "true", ["Hangfire:ServerEnabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(_demo.Clock),
            _demo.Bot.TablePrefix);
        bot.StartServer();
        await Task.CompletedTask;
        return bot;
    }
}
