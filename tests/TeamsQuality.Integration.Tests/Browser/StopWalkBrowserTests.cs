using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Storage.Wheel;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// One learning stop walked in the playground as the issue's "done when" says: the due scan (triggered with the
/// documented POST /playground/api/jobs/scan-due-stops) posts the stop to Hemtjänst Norra's channel, Anna (the unit's
/// manager) starts it from the card, Erik adds a contribution from the same card, Anna documents the four steps,
/// proposes an action, finishes, and sees the summary with the action. Everything is done by pressing what is on the
/// screen in a real Chromium with the official Web Chat; the bot runs whole, with its Hangfire server, on Kestrel.
/// The walk follows the real date: in November stop 1 Samverkan is due; on a day when no stop is due, stop 1 is opened
/// from the stop list ("hållplatser") instead.
/// Text matches are scoped to rendered cards because Web Chat repeats text in hidden screen-reader elements. On
/// failure a screenshot is saved in the test output directory and its path is in the failure message.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StopWalkBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string DueTitle = "Dags för hållplats för lärande";

    /// <summary>What the browsers of the test said: one queue for every page, so an error on any fails the test.</summary>
    private readonly ConcurrentQueue<string> _console = new();
    private BotApp? _bot;
    private PlaygroundPage? _playground;

    private BotApp Bot => _bot ?? throw new InvalidOperationException("The test starts the bot first (InBrowserAsync).");

    /// <summary>The page of the person acting: the steps act on it.</summary>
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

    /// <summary>A page of its own (another person's computer) on the bot, its console with the test's.</summary>
    private async Task<PlaygroundPage> NewPlaygroundAsync() => new(await browser.NewPageAsync(), Bot.BaseUrl, _console);

    [Fact]
    public Task Anna_walks_a_due_stop_with_Erik_contributing_and_sees_the_action_when_she_finishes() => InBrowserAsync(async () =>
    {
        var stop = await StopToWalkAsync();
        var theme = stop.Definition.Theme;
        var title = $"Hållplats {stop.Key.Number}: {theme}";

        // Anna, the manager, has the page open when the due scan runs: the stop comes to her unit's channel.
        await Playground.OpenAsync();
        await Playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await Expect(Playground.Page.Locator("#channel-title")).ToHaveTextAsync("Hemtjänst Norra");
        await Expect(Playground.Card(Channel, "Välkommen till TeamsQuality")).ToHaveCountAsync(1);
        await Expect(Playground.Card(Personal, "Välkommen till TeamsQuality")).ToHaveCountAsync(1);
        var activityId = await StopCardInChannelAsync(stop, managerWatches: true);
        var card = Playground.CardOf(Channel, activityId);

        // She starts it: step 1 of 4 takes the due card's place, for her.
        await PressOpenAsync(card, stop);
        await ExpectStepAsync(card, stop, AnalysisStep.Nulagesbeskrivning, title);
        await Expect(card).ToContainTextAsync("Inga bidrag än. Skriv det första!");
        if (IsDueToday(stop))
        {
            await Expect(Playground.Card(Channel, DueTitle)).ToHaveCountAsync(0);
        }

        Assert.Equal(StopStatus.Paborjad, (await StoredAsync(stop)).Status);

        // Erik, in the same unit, opens the stop from the card in the channel and adds to the current situation.
        const string eriksText = "Vi ringer hemsjukvården varje morgon, men kvällspasset vet inte vem de ska kontakta.";
        await Playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        card = Playground.CardOf(Channel, activityId);
        if (IsDueToday(stop))
        {
            // The card in the channel shows everyone that Anna started it, and nobody is offered to start it again.
            await Expect(card).ToContainTextAsync("Påbörjad av Anna Berg – steg 1 av 4");
            await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Starta hållplatsen", Exact = true })).ToHaveCountAsync(0);
        }

        // Wherever she started it, the channel was told.
        await Expect(Playground.Card(Channel, $"Anna Berg har startat hållplats {stop.Key.Number}: {theme}")).ToHaveCountAsync(1);
        await PressOpenAsync(card, stop);
        await ExpectStepAsync(card, stop, AnalysisStep.Nulagesbeskrivning, title);
        await Expect(card.GetByLabel("Skriv eller ändra sammanfattningen")).ToHaveCountAsync(0);
        await card.GetByLabel("Ditt bidrag").FillAsync(eriksText);
        await Playground.PressAsync(card, "Lägg till");
        await Expect(card).ToContainTextAsync("Ditt bidrag är tillagt.");
        await Expect(card).ToContainTextAsync("Bidrag (1)");
        await ExpectContributionAsync(card, "Erik Lund", eriksText);
        await Expect(card.GetByLabel("Ditt bidrag")).ToHaveValueAsync(string.Empty);

        // Anna comes back and sees Erik's contribution: the channel's card refreshes to her own view, the step the unit
        // is in (the stop list she opens the stop from). She documents the four steps.
        await Playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        card = Playground.CardOf(Channel, activityId);
        if (!IsDueToday(stop))
        {
            await PressOpenAsync(card, stop);
        }

        await ExpectStepAsync(card, stop, AnalysisStep.Nulagesbeskrivning, title);
        await ExpectContributionAsync(card, "Erik Lund", eriksText);

        var summaries = new Dictionary<AnalysisStep, string>
        {
            [AnalysisStep.Nulagesbeskrivning] = "Dagpasset har god kontakt med hemsjukvården, kvällspasset saknar en väg in.",
            [AnalysisStep.Orsaksanalys] = "Kontaktlistan finns bara i dagpassets pärm.",
            [AnalysisStep.DraSlutsatser] = "Alla pass behöver samma kontaktvägar.",
            [AnalysisStep.ForslagPaAtgarder] = "Vi gör en gemensam kontaktlista och följer upp den i februari.",
        };
        const string proposal = "Gemensam kontaktlista för hemsjukvården på alla pass";
        foreach (var (step, summary) in summaries)
        {
            if (step != AnalysisStep.Nulagesbeskrivning)
            {
                await Playground.PressAsync(card, "Nästa steg");
                await ExpectStepAsync(card, stop, step, title);
                await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Föregående steg", Exact = true })).ToBeVisibleAsync();
            }

            if (step == AnalysisStep.ForslagPaAtgarder)
            {
                await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Nästa steg", Exact = true })).ToHaveCountAsync(0);
                await Expect(card).ToContainTextAsync("Förslag på åtgärder (0)");
                await card.GetByLabel("Förslag på åtgärd", new() { Exact = true }).FillAsync(proposal);
                await card.GetByLabel("Ansvarig (valfritt)").SelectOptionAsync(new SelectOptionValue { Label = "Erik Lund" });
                await card.GetByLabel("Klart senast (valfritt)").FillAsync("2027-02-28");
                await Playground.PressAsync(card, "Lägg till förslag");
                await Expect(card).ToContainTextAsync("Förslaget är tillagt. Det blir en åtgärd när hållplatsen avslutas.");
                await Expect(card).ToContainTextAsync("Förslag på åtgärder (1)");
                await Expect(card).ToContainTextAsync("• " + proposal);
                await Expect(card).ToContainTextAsync("Ansvarig: Erik Lund · klart senast 28 februari 2027");
            }

            await card.GetByLabel("Skriv eller ändra sammanfattningen").FillAsync(summary);
            await Playground.PressAsync(card, "Spara sammanfattning");
            await Expect(card).ToContainTextAsync("Sammanfattningen är sparad.");
            await ExpectStepAsync(card, stop, step, title);
            await Expect(card.GetByLabel("Skriv eller ändra sammanfattningen")).ToHaveValueAsync(summary);
            await Expect(card.Locator(".ac-richTextBlock", new() { HasText = summary }).First).ToBeVisibleAsync();
        }

        // She finishes: the form shows the four summaries and the proposal, she makes the bedömning.
        await Playground.PressAsync(card, "Avsluta hållplatsen");
        await Expect(card).ToContainTextAsync($"Avsluta hållplats {stop.Key.Number}: {theme}");
        foreach (var summary in summaries.Values)
        {
            await Expect(card).ToContainTextAsync(summary);
        }

        await Expect(card).ToContainTextAsync("Förslag som blir åtgärder (1)");
        await Expect(card).ToContainTextAsync(proposal);
        // The Adaptive Cards renderer names the first radio with the group's label too ("Bedömning: … * Ja").
        await card.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex(@"(^|\s)Ja$") }).CheckAsync();
        await card.GetByLabel("Trend jämfört med förra året").SelectOptionAsync(new SelectOptionValue { Label = "Bättre" });
        const string comment = "Bra samtal – alla pass var med.";
        await card.GetByLabel("Kommentar").FillAsync(comment);
        await Playground.PressAsync(card, "Avsluta hållplatsen");

        // The summary: Klar, the bedömning, the summaries and the action she proposed, with its owner and due date.
        await Expect(card).ToContainTextAsync($"{title} är klar");
        await ExpectFactAsync(card, "Status", "Klar");
        await ExpectFactAsync(card, "Avslutad av", "Anna Berg");
        await ExpectFactAsync(card, "Bedömning", "Åtgärder behövs");
        await ExpectFactAsync(card, "Trend", "Bättre");
        await Expect(card).ToContainTextAsync(comment);
        foreach (var summary in summaries.Values)
        {
            await Expect(card).ToContainTextAsync(summary);
        }

        await Expect(card).ToContainTextAsync("Åtgärder i enhetens plan (1)");
        await Expect(card).ToContainTextAsync("• " + proposal);
        await Expect(card).ToContainTextAsync("Ansvarig: Erik Lund · klart senast 28 februari 2027 · Ej påbörjad");
        await Expect(card).ToContainTextAsync($"Ursprung: Hållplats {stop.Key.Number} {theme} ({stop.Key.Year})");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Öppna hållplatsen", Exact = true })).ToBeVisibleAsync();

        // Erik opens the stop from the channel afterwards: it is Klar and read-only, with Anna's documentation. The
        // channel's card, refreshed to his view, is how the stop ended.
        await Playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        card = Playground.CardOf(Channel, activityId);
        if (IsDueToday(stop))
        {
            await Expect(card).ToContainTextAsync($"{title} är klar");
        }

        await PressOpenAsync(card, stop);
        await ExpectStepAsync(card, stop, AnalysisStep.Nulagesbeskrivning, title);
        await Expect(card).ToContainTextAsync("Hållplatsen är klar. Du ser den som den dokumenterades.");
        await Expect(card).ToContainTextAsync(summaries[AnalysisStep.Nulagesbeskrivning]);
        await Expect(card.GetByLabel("Ditt bidrag")).ToHaveCountAsync(0);

        // What she saw is what is stored: the stop is Klar and the action is in the unit's plan.
        var stored = await StoredAsync(stop);
        Assert.Equal(StopStatus.Klar, stored.Status);
        Assert.True(stored.Conclusion!.NeedsAction);
        Assert.Equal(Trend.Battre, stored.Conclusion.Trend);
        Assert.Equal("Erik Lund", Assert.Single(stored.ContributionsTo(AnalysisStep.Nulagesbeskrivning)).AuthorName);
        var plan = await Bot.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);
        var action = Assert.Single(plan, a => StopActions.CameFrom(a, stop.Key)); // beside the demo's own actions of other origins
        Assert.Equal((proposal, "Erik Lund", new DateOnly(2027, 2, 28), ActionStatus.EjPaborjad, ActionOriginKind.Hallplats), (action.Title, action.OwnerName, action.DueDate, action.Status, action.Origin.Kind));
    });

    [Fact]
    public Task A_contribution_with_a_personnummer_is_refused_on_the_card_and_the_text_stays_in_the_box() => InBrowserAsync(async () =>
    {
        var stop = await StopToWalkAsync();
        await Playground.OpenAsync();
        await Playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        var activityId = await StopCardInChannelAsync(stop, managerWatches: false);
        var card = Playground.CardOf(Channel, activityId);
        await PressOpenAsync(card, stop);
        await ExpectStepAsync(card, stop, AnalysisStep.Nulagesbeskrivning, $"Hållplats {stop.Key.Number}: {stop.Definition.Theme}");

        const string text = "Brukaren 19121212-1212 fick fel insats i går kväll";
        await card.GetByLabel("Ditt bidrag").FillAsync(text);
        await Playground.PressAsync(card, "Lägg till");

        await Expect(card).ToContainTextAsync("Texten innehåller ett personnummer eller samordningsnummer.");
        await Expect(card).ToContainTextAsync("Det du skrev finns kvar så att du kan ändra det.");
        await Expect(card.GetByLabel("Ditt bidrag")).ToHaveValueAsync(text);
        await Expect(card).ToContainTextAsync("Bidrag (0)");
        await Expect(card.Locator(".ac-richTextBlock", new() { HasText = "19121212-1212" })).ToHaveCountAsync(0);
        Assert.Empty((await StoredAsync(stop)).Contributions);

        // Without the number it is taken, and the box is empty again.
        await card.GetByLabel("Ditt bidrag").FillAsync("Brukaren fick fel insats i går kväll, se ärendet i verksamhetssystemet.");
        await Playground.PressAsync(card, "Lägg till");
        await Expect(card).ToContainTextAsync("Ditt bidrag är tillagt.");
        await Expect(card).ToContainTextAsync("Bidrag (1)");
        await Expect(card.GetByLabel("Ditt bidrag")).ToHaveValueAsync(string.Empty);
    });

    // On a Monday in November, when stop 1 Samverkan is due, whatever today's date (the walk above follows the real date).
    [Fact]
    public Task Erik_sees_the_channel_card_follow_Annas_stop_and_his_contribution_reaches_her_card_when_she_refreshes() => InBrowserAsync(new ShiftedClock(ManualClock.Swedish(2026, 11, 23, 10, 0)), async () =>
    {
        var stop = await StopToWalkAsync();
        Assert.Equal((1, "Samverkan"), (stop.Key.Number, stop.Definition.Theme));
        const string title = "Hållplats 1: Samverkan";
        const string eriksText = "Kvällspasset vet inte vem på hemsjukvården de ska ringa.";

        // Erik and Anna each have the playground open on their own computer, and each has a chat with the bot.
        var eriks = await NewPlaygroundAsync();
        await OnPageAsync(eriks, async () =>
        {
            await Playground.OpenAsync();
            await Playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
            await Expect(Playground.Card(Personal, "Välkommen till TeamsQuality")).ToHaveCountAsync(1);
        });
        await Playground.OpenAsync();
        await Playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await Expect(Playground.Card(Personal, "Välkommen till TeamsQuality")).ToHaveCountAsync(1);

        // The due scan posts the stop to their channel; both are offered to start it.
        var activityId = await StopCardInChannelAsync(stop, managerWatches: true);
        var card = Playground.CardOf(Channel, activityId);
        await OnPageAsync(eriks, () => Expect(Playground.CardOf(Channel, activityId).GetByRole(AriaRole.Button, new() { Name = "Starta hållplatsen", Exact = true })).ToBeVisibleAsync());

        // Anna starts it.
        await PressOpenAsync(card, stop);
        await ExpectStepAsync(card, stop, AnalysisStep.Nulagesbeskrivning, title);

        // On Erik's screen, without him pressing anything, the card no longer offers to start: it is his own view of the
        // stop now, step 1 where he can contribute. The channel was told who started it.
        await OnPageAsync(eriks, async () =>
        {
            var eriksCard = Playground.CardOf(Channel, activityId);
            await ExpectStepAsync(eriksCard, stop, AnalysisStep.Nulagesbeskrivning, title);
            await Expect(eriksCard.GetByRole(AriaRole.Button, new() { Name = "Starta hållplatsen", Exact = true })).ToHaveCountAsync(0);
            await Expect(Playground.Card(Channel, "Anna Berg har startat hållplats 1: Samverkan")).ToHaveCountAsync(1);

            await eriksCard.GetByLabel("Ditt bidrag").FillAsync(eriksText);
            await Playground.PressAsync(eriksCard, "Lägg till");
            await Expect(eriksCard).ToContainTextAsync("Ditt bidrag är tillagt.");
        });

        // Anna's step card shows Erik's contribution once she presses Uppdatera. (The channel card's update, sent by
        // the outbox after her press was answered, may already have refreshed her card to it: either is what Teams does.)
        await Playground.PressAsync(card, "Uppdatera");
        await Expect(card).ToContainTextAsync("Bidrag (1)");
        await ExpectContributionAsync(card, "Erik Lund", eriksText);

        // She moves the unit on to step 2, and Erik's view follows by itself.
        await Playground.PressAsync(card, "Nästa steg");
        await ExpectStepAsync(card, stop, AnalysisStep.Orsaksanalys, title);
        await OnPageAsync(eriks, () => ExpectStepAsync(Playground.CardOf(Channel, activityId), stop, AnalysisStep.Orsaksanalys, title));
        await eriks.CloseAsync();
    });

    /// <summary>Runs steps as the person whose page this is (the steps act on <see cref="Playground"/>); a failure shows their screen.</summary>
    private async Task OnPageAsync(PlaygroundPage other, Func<Task> steps, [CallerMemberName] string test = "")
    {
        var own = _playground;
        _playground = other;
        try
        {
            await other.RunAsync(output, steps, test + "-other-page");
        }
        finally
        {
            _playground = own;
        }
    }

    // ---- The stop and how it comes to the channel ----

    /// <summary>
    /// The stop the walk is about: Hemtjänst Norra's stop that is due today (stop 1 Samverkan in November), or stop 1 of
    /// the current wheel year when no stop's window is open today (the walk then starts from "hållplatser").
    /// </summary>
    private async Task<LearningStop> StopToWalkAsync()
    {
        var today = Today;
        var wheel = await Bot.Services.GetRequiredService<WheelRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None);
        Assert.NotNull(wheel);
        var year = wheel.YearOf(today);
        var stops = await Bot.Services.GetRequiredService<LearningStopRepository>().ListYearAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, year, CancellationToken.None);
        Assert.NotEmpty(stops);
        var due = stops.Where(IsDueToday).OrderBy(s => s.Key.Number).FirstOrDefault();
        var stop = due ?? stops.OrderBy(s => s.Key.Number).First();
        output.WriteLine($"Today {today:yyyy-MM-dd}: walking stop {stop.Key.Number} {stop.Definition.Theme} of {stop.Key.Year} ({(due is null ? "none due: from the stop list" : "due: from the due card")}).");
        return stop;
    }

    /// <summary>
    /// Runs the due scan as documented and finds the stop's card in the unit channel: the due card when the stop is due
    /// today, otherwise the stop list ("hållplatser"). Returns the card's activity id (its place in the channel).
    /// </summary>
    /// <param name="stop">The stop to find.</param>
    /// <param name="managerWatches">Whether the unit's manager has the page open (her 1:1 nudge then shows too).</param>
    private async Task<string> StopCardInChannelAsync(LearningStop stop, bool managerWatches)
    {
        await Playground.TriggerJobAsync("scan-due-stops");

        ILocator activity;
        if (IsDueToday(stop))
        {
            activity = Playground.ActivitiesWithCard(Channel, DueTitle, $"Hållplats {stop.Key.Number} av ");
            await Expect(activity).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            var card = activity.Locator(".ac-adaptiveCard");
            await Expect(card).ToContainTextAsync(stop.Definition.Theme);
            await Expect(card).ToContainTextAsync("Hemtjänst Norra");
            await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Starta hållplatsen", Exact = true })).ToBeVisibleAsync();

            // The manager gets the 1:1 nudge in her personal chat as well.
            if (managerWatches)
            {
                await Expect(Playground.Card(Personal, $"Dags för hållplats {stop.Key.Number}: {stop.Definition.Theme}")).ToHaveCountAsync(1);
            }
        }
        else
        {
            await Playground.SendAsync(Channel, "hållplatser");
            activity = Playground.ActivitiesWithCard(Channel, "Hållplatser " + stop.Key.Year);
            await Expect(activity).ToHaveCountAsync(1);
        }

        var id = await activity.Last.GetAttributeAsync("data-tq-activity-id");
        Assert.False(string.IsNullOrEmpty(id), "The stop's card has no data-tq-activity-id in the page.");
        return id!;
    }

    /// <summary>
    /// Opens the stop from its card in the channel, as anyone in the unit does: the due card's button, or the stop's row
    /// in the stop list ("Starta nu" for the manager of a stop not started, "Öppna" otherwise).
    /// </summary>
    private async Task PressOpenAsync(ILocator card, LearningStop stop)
    {
        if (IsDueToday(stop))
        {
            await Playground.PressAsync(card, new Regex("^(Starta|Öppna) hållplatsen$"));
            return;
        }

        var row = card.Locator(".ac-columnSet").Filter(new() { HasText = $"{stop.Key.Number}. {stop.Definition.Theme}" });
        await Playground.PressAsync(card, row.First.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Starta nu|Öppna)$") }), $"the row of stop {stop.Key.Number}");
    }

    /// <summary>Today in Sweden, on the bot's clock.</summary>
    private DateOnly Today => SwedishTime.Day(Bot.Services.GetRequiredService<TimeProvider>().GetUtcNow());

    private bool IsDueToday(LearningStop stop)
    {
        var today = Today;
        return stop.Opens <= today && today <= stop.DueDate;
    }

    private async Task<LearningStop> StoredAsync(LearningStop stop) =>
        await Bot.Services.GetRequiredService<LearningStopRepository>().FindAsync(stop.Key, CancellationToken.None)
        ?? throw new InvalidOperationException($"Stop {stop.Key.Number} is not stored.");

    private static async Task ExpectStepAsync(ILocator card, LearningStop stop, AnalysisStep step, string title)
    {
        var name = step switch
        {
            AnalysisStep.Nulagesbeskrivning => "Nulägesbeskrivning",
            AnalysisStep.Orsaksanalys => "Orsaksanalys",
            AnalysisStep.DraSlutsatser => "Dra slutsatser",
            _ => "Förslag på åtgärder",
        };
        await Expect(card).ToContainTextAsync($"Steg {(int)step} av 4 – {name}");
        await Expect(card).ToContainTextAsync(title);
        await Expect(card).ToContainTextAsync("Hemtjänst Norra · " + stop.Key.Year);
        if (stop.Definition.QuestionsFor(step) is { Count: > 0 } questions)
        {
            await Expect(card).ToContainTextAsync("Prata om det här tillsammans");
            await Expect(card).ToContainTextAsync("• " + questions[0]);
        }
    }

    private static async Task ExpectContributionAsync(ILocator card, string author, string text)
    {
        var contribution = card.Locator(".ac-container").Filter(new() { HasText = text }).Last;
        await Expect(contribution).ToBeVisibleAsync();
        await Expect(contribution).ToContainTextAsync(author);
    }

    private Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "") => InBrowserAsync(null, steps, test);

    /// <summary>
    /// Starts the bot whole, with its Hangfire server, on today's date or on the clock given, opens the playground page on
    /// it, and runs the steps there; a failure shows the page.
    /// </summary>
    private async Task InBrowserAsync(TimeProvider? clock, Func<Task> steps, [CallerMemberName] string test = "")
    {
        // Nudges go out at any hour (the test may run on a Sunday evening); the Hangfire server runs the jobs.
        _bot = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Hangfire:QuietHours"] = "false" },
            clock is null ? null : services => services.AddSingleton(clock));
        _bot.Client().Dispose();
        _playground = await NewPlaygroundAsync();
        await _playground.RunAsync(output, steps, test);
    }
}
