using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// Issue 10's follow-through in the playground, as README's "Try the self-check plan", "Try a self-check", "Follow an
/// action to the end" and "Park an idea in the Garage" say, in a real Chromium with the official Web Chat and the bot
/// whole (its Hangfire server runs the jobs the test triggers with the documented POST /playground/api/jobs/{id}).
/// The bot's clock starts on a chosen working day at 10:00 and is moved on to the days the reminders and the effect
/// follow-up fall on, so the flow lines up whatever day the test runs.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FollowThroughBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    /// <summary>How long a card a job sends may take to reach the page (the job runs on the Hangfire server, the outbox delivers).</summary>
    private static readonly LocatorAssertionsToHaveCountOptions JobDelivery = new() { Timeout = 60_000 };

    private readonly ConcurrentQueue<string> _console = new();
    private BotApp? _bot;
    private PlaygroundPage? _playground;

    private PlaygroundPage Playground => _playground ?? throw new InvalidOperationException("The test opens the page first (InBrowserAsync).");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_playground is not null)
        {
            await _playground.CloseAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    /// <summary>
    /// Monday 1 March 2027: the March checks of a monthly and a quarterly point open today (the first working day of the
    /// period's last month); the first tertial's opens on 1 April.
    /// </summary>
    [Fact]
    public Task Anna_plans_three_control_points_Erik_records_Ej_godkand_with_an_action_and_follows_it_to_its_effect() =>
        InBrowserAsync(new ShiftedClock(ManualClock.Swedish(2027, 3, 1, 10, 0)), async clock =>
        {
            const string monthly = "Genomförandeplaner följs upp i tid";
            const string quarterly = "Brukarna är nöjda med bemötandet";
            const string tertial = "Journalanteckningar förs löpande";

            // 1. Anna plans three control points in Hemtjänst Norra's empty plan, through the card's form.
            await Playground.OpenAsync();
            await Playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
            await Playground.SendAsync(Personal, "egenkontrollplan");
            var plan = await Playground.CardWithAsync(Personal, "Egenkontrollplan 2027 – Hemtjänst Norra");
            await Expect(plan).ToContainTextAsync("Planen har inga kontrollpunkter än.");

            await PlanPointAsync(plan, monthly, "Processkvalitet", "Checklista", "Manadsvis", DemoOrganisation.People.ErikLund, sample: null);
            await PlanPointAsync(plan, quarterly, "Resultatkvalitet", "Brukarundersokning", "Kvartalsvis", responsible: null, sample: null);
            await PlanPointAsync(plan, tertial, "Strukturkvalitet", "Aktgranskning", "Tertialvis", responsible: null, sample: "10");

            // Each is listed with who is responsible and its next due date (the period's last working day).
            await Expect(plan).ToContainTextAsync("3 kontrollpunkter");
            await ExpectPointAsync(plan, monthly, "Erik Lund", "31 mars 2027");
            await ExpectPointAsync(plan, quarterly, "Anna Berg", "31 mars 2027");
            await ExpectPointAsync(plan, tertial, "Anna Berg", "30 april 2027");

            // 2. The daily self-check job runs: Erik gets his monthly check 1:1, records Ej godkänd and plans an action.
            await Playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
            await Playground.TriggerJobAsync("scan-due-self-checks");
            await Expect(Playground.ActivitiesWithCard(Personal, "Dags för egenkontroll", monthly)).ToHaveCountAsync(1, JobDelivery);
            var check = await Playground.CardWithAsync(Personal, "Dags för egenkontroll", monthly);
            await ExpectFactAsync(check, "Period", "mars 2027");
            await ExpectFactAsync(check, "Klart senast", "31 mars 2027");
            await ExpectFactAsync(check, "Ansvarig", "Erik Lund");
            await Expect(Playground.Card(Personal, quarterly)).ToHaveCountAsync(0);

            const string action = "Påminnelse i kalendern när en genomförandeplan ska följas upp";
            const string cause = "Uppföljningsdatum noteras inte någonstans";
            await check.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex(@"Ej godkänd$") }).CheckAsync();
            await check.GetByLabel(new Regex("^Kommentar")).FillAsync("Fyra av tio planer var inte uppföljda.");
            await check.GetByRole(AriaRole.Button, new() { Name = "Ej godkänd – planera en åtgärd", Exact = true }).ClickAsync();
            await check.GetByLabel(new Regex("^Åtgärd")).FillAsync(action);
            await check.GetByLabel(new Regex("^Orsak som åtgärden ska komma åt")).FillAsync(cause);
            await check.GetByLabel(new Regex("^Ansvarig \\(tomt")).SelectOptionAsync(new SelectOptionValue { Label = "Erik Lund" });
            await check.GetByLabel(new Regex("^Klart senast")).FillAsync("2027-04-30");
            await Expect(check.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("Korrigerande$") })).ToBeCheckedAsync();
            await Playground.PressAsync(check, "Spara Ej godkänd med åtgärden");
            await Expect(check).ToContainTextAsync("Sparat: Ej godkänd.");
            await Expect(check).ToContainTextAsync("Åtgärden finns nu i enhetens plan.");

            // The action is in the unit's plan, with its origin, cause, owner, due date and purpose.
            var actions = await ActionPlanAsync(action);
            await Expect(actions).ToContainTextAsync("Orsak: " + cause);
            await Expect(actions).ToContainTextAsync("Egenkontroll");
            await Expect(actions).ToContainTextAsync("30 april 2027");
            await Expect(actions).ToContainTextAsync("Korrigerande");

            // 3. Friday 23 April, a week before it is due: Erik is reminded in his chat and marks it Pågående, then Genomförd.
            clock.MoveTo(ManualClock.Swedish(2027, 4, 23, 10, 0));
            await Playground.TriggerJobAsync("remind-actions");
            await Expect(Playground.ActivitiesWithCard(Personal, "En vecka kvar för din åtgärd", action)).ToHaveCountAsync(1, JobDelivery);
            var reminder = await Playground.CardWithAsync(Personal, "En vecka kvar för din åtgärd", action);
            await Playground.PressAsync(reminder, "Ändra status");
            await ChangeStatusAsync(reminder, "Pågående", "Påminnelsen finns nu i kalendern för hälften av planerna.");
            await Expect(reminder).ToContainTextAsync("Pågående");
            await ChangeStatusAsync(reminder, "Genomförd", "Alla planer har ett uppföljningsdatum i kalendern.");
            await Expect(reminder).ToContainTextAsync("Genomförd");

            actions = await ActionPlanAsync(action);
            await Expect(actions).ToContainTextAsync("Genomförd");
            await Expect(actions).ToContainTextAsync("Uppföljning av effekten 23 juli 2027");

            // 4. Three months later the follow-up day comes: Erik is asked whether it had an effect and answers Ja.
            clock.MoveTo(ManualClock.Swedish(2027, 7, 23, 10, 0));
            await Playground.TriggerJobAsync("remind-actions");
            await Expect(Playground.ActivitiesWithCard(Personal, "Hade åtgärden effekt?", action)).ToHaveCountAsync(1, JobDelivery);
            var effect = await Playground.CardWithAsync(Personal, "Hade åtgärden effekt?", action);
            await effect.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex(@"(^|\s)Ja$") }).CheckAsync();
            await effect.GetByLabel(new Regex("^Kommentar")).FillAsync("Alla planer följdes upp i juni.");
            await Playground.PressAsync(effect, "Svara");
            await Expect(effect).ToContainTextAsync("Tack! Svaret finns i åtgärdens historik.");

            actions = await ActionPlanAsync(action);
            await Expect(actions).ToContainTextAsync("Effekt: Ja");
        });

    /// <summary>Monday 23 November 2026: stop 1 Samverkan of the wheel's year is due in Hemtjänst Norra.</summary>
    [Fact]
    public Task Fatima_parks_an_idea_and_Anna_takes_it_into_the_plan_from_the_due_stop() =>
        InBrowserAsync(new ShiftedClock(ManualClock.Swedish(2026, 11, 23, 10, 0)), async _ =>
        {
            const string idea = "Gemensam kontaktlista för kvällar med hemsjukvården";

            // 5. Fatima parks an idea under Samverkan.
            await Playground.OpenAsync();
            await Playground.ChooseUserAsync(DemoOrganisation.People.FatimaHassan, "Fatima Hassan");
            await Playground.SendAsync(Personal, "garage " + idea);
            var park = await Playground.CardWithAsync(Personal, "Parkera i garaget", "Vad vill du parkera?");
            await Expect(park.GetByLabel(new Regex("^Vad vill du parkera"))).ToHaveValueAsync(idea);
            await park.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex(@"(^|\s)Idé$") }).CheckAsync();
            await park.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "1. Samverkan" });
            await Playground.PressAsync(park, "Parkera i garaget");
            await Expect(park).ToContainTextAsync("Parkerat i garaget under");
            await Expect(park).ToContainTextAsync("Det tas upp när hållplats 1 är dags.");

            // Anna gets the due stop in her unit's channel, starts it: step 1 has what is parked under its theme.
            await Playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
            await Playground.TriggerJobAsync("scan-due-stops");
            await Expect(Playground.ActivitiesWithCard(Channel, "Dags för hållplats för lärande", "Hållplats 1 av ")).ToHaveCountAsync(1, JobDelivery);
            var stop = await Playground.CardWithAsync(Channel, "Dags för hållplats för lärande", "Hållplats 1 av ");
            await Expect(stop).ToContainTextAsync("Samverkan");
            await Playground.PressAsync(stop, new Regex("^(Starta|Öppna) hållplatsen$"));
            await Expect(stop).ToContainTextAsync("Steg 1 av 4 – Nulägesbeskrivning");
            await Expect(stop).ToContainTextAsync(idea);

            // She goes through the Garage and takes the idea into the plan with the shared action form.
            await Playground.PressAsync(stop, "Gå igenom garaget");
            await Expect(stop).ToContainTextAsync("Garaget vid hållplats 1: Samverkan");
            var toPlan = Playground.Page.GetByRole(AriaRole.Button, new() { Name = "Till planen …", Exact = true });
            var item = stop.Locator(".ac-container").Filter(new() { HasText = idea }).Filter(new() { Has = toPlan }).Last;
            await Playground.PressAsync(stop, item.GetByRole(AriaRole.Button, new() { Name = "Till planen …", Exact = true }), "Till planen …");
            await Expect(stop).ToContainTextAsync("Från garaget till planen");
            await Expect(stop.GetByLabel(new Regex("^Åtgärd"))).ToHaveValueAsync(idea);
            await Expect(stop.GetByLabel(new Regex("^Orsak som åtgärden ska komma åt"))).ToHaveValueAsync(new Regex(Regex.Escape(idea)));
            await stop.GetByLabel(new Regex("^Ansvarig \\(tomt")).SelectOptionAsync(new SelectOptionValue { Label = "Fatima Hassan" });
            await stop.GetByLabel(new Regex("^Klart senast")).FillAsync("2027-02-26");
            await Expect(stop.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("Förebyggande$") })).ToBeCheckedAsync();
            await Playground.PressAsync(stop, "Lägg i planen");
            await Expect(stop).ToContainTextAsync("Lagt i planen: " + idea);

            // It is an action in the unit's plan, from the Garage.
            var actions = await ActionPlanAsync(idea);
            await Expect(actions).ToContainTextAsync("Garaget");
            await Expect(actions).ToContainTextAsync("26 februari 2027");
            await Expect(actions).ToContainTextAsync("Förebyggande");
        });

    /// <summary>Presses "Ny kontrollpunkt" on the plan card, fills in the form and saves: the plan card lists it.</summary>
    private async Task PlanPointAsync(ILocator plan, string what, string perspective, string method, string frequency, string? responsible, string? sample)
    {
        await Playground.PressAsync(plan, "Ny kontrollpunkt");
        await Expect(plan.GetByLabel(new Regex("^Vad kontrolleras"))).ToBeVisibleAsync();
        await plan.GetByLabel(new Regex("^Vad kontrolleras")).FillAsync(what);
        await plan.GetByLabel(new Regex("^Kvalitetsperspektiv")).SelectOptionAsync(perspective);
        await plan.GetByLabel(new Regex("^Metod")).SelectOptionAsync(method);
        await plan.GetByLabel(new Regex("^Hur ofta")).SelectOptionAsync(frequency);
        if (responsible is not null)
        {
            await plan.GetByLabel(new Regex("^Ansvarig")).SelectOptionAsync(responsible);
        }

        if (sample is not null)
        {
            await plan.GetByLabel(new Regex("^Urval")).FillAsync(sample);
        }

        await Playground.PressAsync(plan, "Spara kontrollpunkten");
        await Expect(plan).ToContainTextAsync("Kontrollpunkten är sparad.");
        await Expect(plan).ToContainTextAsync(what);
    }

    /// <summary>The plan lists the point with its responsible and next due date (in the point's own part of the card).</summary>
    private static async Task ExpectPointAsync(ILocator plan, string what, string responsible, string due)
    {
        var point = plan.Locator(".ac-container").Filter(new() { HasText = what }).Last;
        await Expect(point).ToContainTextAsync("Ansvarig: " + responsible);
        await Expect(point).ToContainTextAsync(due);
    }

    /// <summary>Chooses the new status on the action's status form, writes the comment and saves.</summary>
    private async Task ChangeStatusAsync(ILocator card, string status, string comment)
    {
        await card.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($@"(^|\s){Regex.Escape(status)}$") }).CheckAsync();
        await card.GetByLabel(new Regex("^Kommentar")).FillAsync(comment);
        await Playground.PressAsync(card, "Spara ändringen");
        await Expect(card).ToContainTextAsync("Sparat. Ändringen finns i åtgärdens historik.");
    }

    /// <summary>Writes "åtgärder" and gives the newest plan card, once it lists the action.</summary>
    private async Task<ILocator> ActionPlanAsync(string action)
    {
        var before = await Playground.Card(Personal, "Åtgärder – Hemtjänst Norra").CountAsync();
        await Playground.SendAsync(Personal, "åtgärder");
        var plans = Playground.Card(Personal, "Åtgärder – Hemtjänst Norra");
        await Expect(plans).ToHaveCountAsync(before + 1, new() { Timeout = 30_000 });
        var plan = plans.Last;
        await Expect(plan).ToContainTextAsync(action);
        return plan.Locator(".ac-container").Filter(new() { HasText = action }).Last;
    }

    /// <summary>Starts the bot whole on the clock given (nudges at any hour), opens the playground and runs the steps.</summary>
    private async Task InBrowserAsync(ShiftedClock clock, Func<ShiftedClock, Task> steps, [CallerMemberName] string test = "")
    {
        _bot = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Hangfire:QuietHours"] = "false" },
            services => services.AddSingleton<TimeProvider>(clock));
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl, _console);
        await _playground.RunAsync(output, () => steps(clock), test);
    }
}
