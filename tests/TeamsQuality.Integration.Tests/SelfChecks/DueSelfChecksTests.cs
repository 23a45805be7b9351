using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.SelfChecks;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.SelfChecks;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.SelfChecks;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.SelfChecks;

/// <summary>
/// Self-checks in Teams against Azurite, over HTTP: the daily job posts Erik's due checks to him 1:1 and lists them for
/// Anna, his manager, once; Erik records the result on the card (Ej godkänd needs an action or a reason); reminders
/// and the overdue reminder come once each and never after a result; holidays and quiet hours hold. Hemtjänst Norra's
/// plan for 2027 has two checks Erik performs in March, June, September and December: a checklist and a file review.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DueSelfChecksTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Erik = DemoOrganisation.People.ErikLund;
    private const string Anna = DemoOrganisation.People.AnnaBerg;
    private const string Fatima = DemoOrganisation.People.FatimaHassan;
    private const string Unit = DemoOrganisation.Units.HemtjanstNorra;

    private DemoTeams _demo = null!;

    /// <summary>Monday 1 March 2027, 09:00: the March checks open.</summary>
    public async Task InitializeAsync()
    {
        _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2027, 3, 1, 9, 0));
        await _demo.KnowChatsAsync("sv-SE", Erik, Anna, Fatima);
        await PlanAsync([3, 6, 9, 12]);
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Erik_gets_each_due_check_1to1_and_Anna_one_list_of_them_and_a_rerun_sends_nothing_twice()
    {
        await RunJobAsync(_demo.Bot);

        var checks = _demo.CardsTo(Erik);
        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.Contains("Dags för egenkontroll", c.VisibleText));
        Assert.Contains(checks, c => c.VisibleText.Contains("Genomförandeplaner är aktuella") && c.VisibleText.Contains("Gå igenom varje plan"));
        Assert.Contains(checks, c => c.VisibleText.Contains("Journalgranskning") && c.VisibleText.Contains("10 akter granskas"));
        Assert.All(checks, c => Assert.Contains(Descendants(c.Card!), o => o["verb"]?.GetValue<string>() == "selfcheck.record"));

        var list = Assert.Single(_demo.CardsTo(Anna));
        Assert.Contains("Egenkontroller i din enhet", list.VisibleText);
        Assert.Contains("Genomförandeplaner är aktuella", list.VisibleText);
        Assert.Contains("Journalgranskning", list.VisibleText);

        // Run again, and on two servers at once: nothing more reaches anyone.
        var calls = _demo.Teams.Calls.Count;
        await using var second = new BotApp(azurite, Settings, s => s.AddSingleton<TimeProvider>(_demo.Clock), _demo.Bot.TablePrefix);
        await Task.WhenAll(RunJobAsync(_demo.Bot), RunJobAsync(second));
        Assert.Equal(calls, _demo.Teams.Calls.Count);
    }

    [Fact]
    public async Task Ej_godkand_without_action_or_reason_is_refused_with_what_Erik_typed_and_with_an_action_it_is_saved_into_the_plan()
    {
        await RunJobAsync(_demo.Bot);
        var card = _demo.CardsTo(Erik).Single(c => c.VisibleText.Contains("Journalgranskning")).Card!;
        var record = Descendants(card).First(o => o["verb"]?.GetValue<string>() == "selfcheck.record" && o["data"]?["withAction"] is null)["data"]!.AsObject();

        var refused = await _demo.ExecuteAsync(Erik, "selfcheck.record", With(record, ("checkVerdict", "EjGodkand"), ("checkReviewed", "10"), ("checkDefects", "3"), ("checkComment", "Tre akter saknade anteckning.")));
        Assert.True(Shows(refused, "Ej godkänd kan inte avslutas utan åtgärd"));
        Assert.Equal("Tre akter saknade anteckning.", InputValue(refused, "checkComment"));
        Assert.Equal("3", InputValue(refused, "checkDefects"));
        Assert.Null(await ResultAsync("journaler"));

        // From the action form behind "Ej godkänd – planera en åtgärd": Fatima owns it.
        var withAction = Descendants(refused).First(o => o["verb"]?.GetValue<string>() == "selfcheck.record" && o["data"]?["withAction"] is not null)["data"]!.AsObject();
        var saved = await _demo.ExecuteAsync(Erik, "selfcheck.record", With(
            withAction, ("checkVerdict", "EjGodkand"), ("checkReviewed", "10"), ("checkDefects", "3"), ("checkComment", "Tre akter saknade anteckning."),
            ("actionTitle", "Genomgång av dokumentation på APT"), ("actionCause", "Anteckningar skrivs inte samma dag"), ("actionOwner", Fatima),
            ("actionDue", "2027-04-30"), ("actionPurpose", "Korrigerande")));
        Assert.True(Shows(saved, "Sparat: Ej godkänd"));

        var result = (await ResultAsync("journaler"))!.Result;
        Assert.Equal((CheckVerdict.EjGodkand, 10, 3), (result.Current.Verdict, result.Current.Reviewed, result.Current.WithDefects));
        var action = Assert.Single(await ActionsAsync(), a => a.Origin.Kind == ActionOriginKind.Egenkontroll);
        Assert.Equal(result.Current.ActionId, action.Id);
        Assert.Equal(("journaler/2027-03", Fatima, "Anteckningar skrivs inte samma dag"), (action.Origin.Reference, action.OwnerId, action.Cause));

        // The owner is told through the outbox (its sender runs every minute).
        await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));
        Assert.Contains(_demo.CardsTo(Fatima), c => c.VisibleText.Contains("Genomgång av dokumentation på APT"));
    }

    [Fact]
    public async Task A_personnummer_in_the_reason_is_refused_and_a_reason_closes_Ej_godkand_and_a_correction_keeps_the_first()
    {
        var data = new JsonObject { ["unit"] = Unit, ["year"] = 2027, ["point"] = "planer", ["period"] = 3 };
        var refused = await _demo.ExecuteAsync(Erik, "selfcheck.record", With(data, ("checkVerdict", "EjGodkand"), ("checkReason", "Gäller 19121212-1212 som flyttat")));
        Assert.True(Shows(refused, "personnummer"));
        Assert.Equal("Gäller 19121212-1212 som flyttat", InputValue(refused, "checkReason"));

        await _demo.ExecuteAsync(Erik, "selfcheck.record", With(data, ("checkVerdict", "EjGodkand"), ("checkReason", "Planerna skrivs om i april ändå")));
        var corrected = await _demo.ExecuteAsync(Anna, "selfcheck.record", With(data, ("checkVerdict", "Godkand"), ("checkComment", "Rättat efter genomgång")));
        Assert.True(Shows(corrected, "Sparat: Godkänd"));

        var stored = (await ResultAsync("planer"))!.Result;
        Assert.Equal([CheckVerdict.EjGodkand, CheckVerdict.Godkand], stored.History.Select(h => h.Verdict));
        Assert.Equal([Erik, Anna], stored.History.Select(h => h.ById));

        // The quality report counts it once, by its latest verdict, under its perspective.
        var organisation = (await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        using (var scope = _demo.Services.CreateScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<SelfCheckReport>().RunAsync(
                new Actor(organisation, organisation.FindPerson(DemoOrganisation.People.JohanEk)!), 2027, CancellationToken.None);
            var process = report.Value.Single(u => u.Unit.Id == Unit).Perspectives.Single(p => p.Perspective == QualityPerspective.Processkvalitet);
            Assert.Equal((4, 1, 1, 0), (process.Planned, process.Done, process.Godkand, process.EjGodkand));
        }

        // Fatima, who is not responsible, may read it but not record it.
        var notHers = await _demo.ExecuteAsync(Fatima, "selfcheck.record", With(data, ("checkVerdict", "Godkand")));
        Assert.True(Shows(notHers, "Du kan inte registrera resultatet"));
    }

    [Fact]
    public async Task The_reminder_and_the_overdue_reminder_come_once_each_and_not_for_a_check_with_a_result()
    {
        await RunJobAsync(_demo.Bot);
        var data = new JsonObject { ["unit"] = Unit, ["year"] = 2027, ["point"] = "journaler", ["period"] = 3 };
        _demo.Clock.Now = ManualClock.Swedish(2027, 3, 10, 10, 0);
        await _demo.ExecuteAsync(Erik, "selfcheck.record", With(data, ("checkVerdict", "Godkand"), ("checkReviewed", "10"), ("checkDefects", "0")));

        // Wednesday 24 March, a week before it is due: a reminder of the checklist only.
        _demo.Clock.Now = ManualClock.Swedish(2027, 3, 24, 9, 0);
        await RunJobAsync(_demo.Bot);
        await RunJobAsync(_demo.Bot);
        var reminders = _demo.CardsTo(Erik).Where(c => c.VisibleText.Contains("Påminnelse: egenkontroll")).ToList();
        Assert.Contains("Genomförandeplaner är aktuella", Assert.Single(reminders).VisibleText);

        // Thursday 1 April (due 31 March): overdue, once, the checklist only; Anna's list says so.
        _demo.Clock.Now = ManualClock.Swedish(2027, 4, 1, 9, 0);
        await RunJobAsync(_demo.Bot);
        await RunJobAsync(_demo.Bot);
        var overdue = _demo.CardsTo(Erik).Where(c => c.VisibleText.Contains("Egenkontrollen är försenad")).ToList();
        Assert.Contains("Genomförandeplaner är aktuella", Assert.Single(overdue).VisibleText);
        var annasLatest = _demo.CardsTo(Anna).Last();
        Assert.Contains("Försenade", annasLatest.VisibleText);
        Assert.DoesNotContain("Journalgranskning", annasLatest.VisibleText);
        Assert.Equal(2, _demo.CardsTo(Anna).Count);
    }

    [Fact]
    public async Task Nothing_goes_out_on_a_holiday_or_before_eight_and_a_check_opening_after_nyarsdagen_waits_for_the_first_working_day()
    {
        await PlanAsync([1]);

        // Friday 1 January 2027 (nyårsdagen): January's checks open on Monday 4 January, so nothing now.
        _demo.Clock.Now = ManualClock.Swedish(2027, 1, 1, 10, 0);
        var onHoliday = await RunJobAsync(_demo.Bot);
        Assert.Equal(0, onHoliday.Intended);

        // Monday 4 January at 07:30: recorded, not sent before eight; at 08:05 it goes out, once.
        _demo.Clock.Now = ManualClock.Swedish(2027, 1, 4, 7, 30);
        var early = await RunJobAsync(_demo.Bot);
        Assert.True(early.Intended > 0);
        Assert.Equal(0, early.Sent);
        Assert.Empty(_demo.CardsTo(Erik));

        _demo.Clock.Now = ManualClock.Swedish(2027, 1, 4, 8, 5);
        await RunJobAsync(_demo.Bot);
        Assert.Equal(2, _demo.CardsTo(Erik).Count);
        Assert.All(_demo.CardsTo(Erik), c => Assert.Contains("januari 2027", c.VisibleText));
    }

    [Fact]
    public async Task Egenkontroller_lists_the_units_plan_with_the_latest_results_what_is_due_and_the_way_to_the_plan()
    {
        var data = new JsonObject { ["unit"] = Unit, ["year"] = 2027, ["point"] = "planer", ["period"] = 3 };
        await _demo.ExecuteAsync(Erik, "selfcheck.record", With(data, ("checkVerdict", "EjGodkand"), ("checkReason", "Planerna skrivs om i april ändå")));

        await _demo.WriteAsync(Erik, "egenkontroller");
        var list = await _demo.Teams.WaitForCallAsync(c => c.Path.StartsWith(ChatOf(Erik), StringComparison.Ordinal) && c.VisibleText.Contains("Egenkontroller – Hemtjänst Norra 2027"));
        Assert.Contains("Genomförandeplaner är aktuella", list.VisibleText);
        Assert.Contains("Ej godkänd", list.VisibleText);
        Assert.Contains("Att göra nu: mars 2027", list.VisibleText);
        var buttons = Descendants(list.Card!).Where(o => o["verb"] is not null).ToList();
        var record = Assert.Single(buttons, b => b["verb"]!.GetValue<string>() == "selfcheck.open");
        Assert.Equal("journaler", record["data"]!["point"]!.GetValue<string>());
        var plan = Assert.Single(buttons, b => b["verb"]!.GetValue<string>() == "selfcheck.plan");
        Assert.Equal((Unit, 2027), (plan["data"]!["unit"]!.GetValue<string>(), plan["data"]!["year"]!.GetValue<int>()));

        // The button opens the check's card with the form to record it.
        var check = await _demo.ExecuteAsync(Erik, "selfcheck.open", record["data"]!.AsObject());
        Assert.True(Shows(check, "10 akter granskas"));
        Assert.Contains(Inputs(check), i => i["id"]?.GetValue<string>() == "checkDefects");

        // Johan follows every unit: he chooses the unit first.
        await _demo.WriteAsync(DemoOrganisation.People.JohanEk, "self-checks");
        var picker = await _demo.Teams.WaitForCallAsync(c => c.Path.StartsWith(ChatOf(DemoOrganisation.People.JohanEk), StringComparison.Ordinal) && c.Card is not null);
        Assert.Contains(Descendants(picker.Card!), o => o["verb"]?.GetValue<string>() == "selfcheck.list");
        var chosen = await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "selfcheck.list", new JsonObject { ["unit"] = Unit });
        Assert.True(Shows(chosen, "Genomförandeplaner är aktuella"));

        // Oskar of Barn och unga may not see Hemtjänst Norra's results.
        var notHis = await _demo.ExecuteAsync(DemoOrganisation.People.OskarNilsson, "selfcheck.open", data);
        Assert.False(Shows(notHis, "Genomförandeplaner är aktuella"));
    }

    private static readonly Dictionary<string, string?> Settings = new() { ["Playground:Enabled"] = "false", ["Demo:Seed"] = "true", ["Hangfire:ServerEnabled"] = "false" };

    /// <summary>Hemtjänst Norra's plan for 2027 with Erik's two checks in the months given, as Anna keeps it.</summary>
    private async Task PlanAsync(IReadOnlyList<int> months)
    {
        var organisation = (await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        var anna = organisation.FindPerson(Anna)!;
        await _demo.Services.GetRequiredService<SelfCheckPlanRepository>().ChangeAsync(DemoOrganisation.Tenant, Unit, 2027, plan =>
        {
            foreach (var id in new[] { "planer", "journaler" }.Where(id => plan.Find(id) is not null))
            {
                plan.Remove(id, null, organisation, anna, _demo.Clock.GetUtcNow());
            }

            plan.Add("planer", new ControlPointDraft(
                "Genomförandeplaner är aktuella", QualityPerspective.Processkvalitet, ControlMethod.Checklista, CheckFrequency.ValdaManader, months, Erik,
                "Gå igenom varje plan och se att den följts upp senaste halvåret.", null), organisation, anna, _demo.Clock.GetUtcNow());
            plan.Add("journaler", new ControlPointDraft(
                "Journalgranskning: anteckningar förs löpande", QualityPerspective.Strukturkvalitet, ControlMethod.Aktgranskning, CheckFrequency.ValdaManader, months, Erik,
                "Välj tio akter slumpvis.", 10), organisation, anna, _demo.Clock.GetUtcNow());
            return 0;
        }, CancellationToken.None);
    }

    private static async Task<DueSelfChecksJob.Result> RunJobAsync(BotApp bot)
    {
        using var scope = bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DueSelfChecksJob>().RunAsync(CancellationToken.None);
    }

    private Task<StoredCheckResult?> ResultAsync(string pointId) =>
        _demo.Services.GetRequiredService<SelfCheckResultRepository>().FindAsync(DemoOrganisation.Tenant, Unit, 2027, pointId, 3, CancellationToken.None);

    private Task<IReadOnlyList<ImprovementAction>> ActionsAsync() =>
        _demo.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, Unit, CancellationToken.None);
}
