using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Playground;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// The playground's Universal Actions refresh against the user's own presses, in a real Chromium with the official Web
/// Chat. In Teams the answer to what the user pressed is their view: an automatic refresh, or an update of the message,
/// that is not newer than that answer never takes its place. Under CPU load the stop walk lost "Sammanfattningen är
/// sparad." that way; these tests make the slow places slow on purpose (the page's calls are held and let go in the
/// order that lost it), so the race happens every time. And a refresh that brings the card the viewer already sees does
/// not redraw it: where they are on the card (keyboard focus, what they typed) stays.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CardRefreshBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string DueTitle = "Dags för hållplats för lärande";

    private BotApp _bot = null!;
    private PlaygroundPage _playground = null!;

    public async Task InitializeAsync()
    {
        // A Monday in November, when stop 1 Samverkan is due; nudges go out at any hour.
        var clock = new ShiftedClock(ManualClock.Swedish(2026, 11, 23, 10, 0));
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Hangfire:QuietHours"] = "false" }, services => services.AddSingleton<TimeProvider>(clock));
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.CloseAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public Task Annas_saved_summary_stays_when_the_update_her_step_change_made_reaches_her_after_it() => InBrowserAsync(async () =>
    {
        const string summary = "Kontaktlistan finns bara i dagpassets pärm.";
        var card = await AnnasStopInTheChannelAsync();
        var start = await _playground.PressAsync(card, "Starta hållplatsen");
        await Expect(card).ToContainTextAsync("Steg 1 av 4 – Nulägesbeskrivning");
        var channel = ConversationOf(start);
        await _playground.SettleAsync(channel);

        // From here the channel's polls are slow: "Nästa steg" updates the channel's card for the unit, and that update
        // reaches Anna's page only after she has saved the next summary.
        var polls = await _playground.HoldAsync(request => IsPoll(request, channel));
        await polls.HeldAsync(request => IsPoll(request, channel));
        await _playground.PressAsync(card, "Nästa steg");
        await Expect(card).ToContainTextAsync("Steg 2 av 4 – Orsaksanalys");
        await SharedCardSaysAsync(channel, await ActivityIdOfAsync(card), "steg 2 av 4");
        await card.GetByLabel("Skriv eller ändra sammanfattningen").FillAsync(summary);
        await _playground.PressAsync(card, "Spara sammanfattning");
        await Expect(card).ToContainTextAsync("Sammanfattningen är sparad.");

        polls.Release();
        await _playground.SettleAsync(channel);

        // The update was made by her own step change, before her save: her card is still the answer to the save.
        await Expect(card).ToContainTextAsync("Sammanfattningen är sparad.");
        await Expect(card).ToContainTextAsync("Steg 2 av 4 – Orsaksanalys");
        await Expect(card.GetByLabel("Skriv eller ändra sammanfattningen")).ToHaveValueAsync(summary);
    });

    [Fact]
    public Task Annas_added_contribution_stays_when_a_refresh_sent_before_her_press_is_answered_after_it() => InBrowserAsync(async () =>
    {
        const string text = "Kvällspasset vet inte vem på hemsjukvården de ska ringa.";
        await AnnasStopInTheChannelAsync();

        // She opens the stop from the nudge in her own chat: the step card there is her own view, refreshed for her.
        var nudge = await _playground.CardWithAsync(Personal, "Dags för hållplats 1: Samverkan");
        var cardId = await ActivityIdOfAsync(nudge);
        await _playground.SettleAsync(ConversationOf(await _playground.PressAsync(nudge, "Öppna hållplatsen")));
        await Expect(nudge).ToContainTextAsync("Steg 1 av 4 – Nulägesbeskrivning");

        // She comes back to the page: the card is shown again, so the page refreshes it, and that refresh is slow. She
        // adds a contribution meanwhile; the refresh reaches the bot only after her press is answered.
        var refreshes = await _playground.HoldAsync(IsAutomaticRefresh);
        await _playground.Page.ReloadAsync();
        await Expect(_playground.Page.Locator("#status")).ToHaveAttributeAsync("data-state", "online");
        var card = await _playground.CardWithAsync(Personal, "Steg 1 av 4 – Nulägesbeskrivning");
        Assert.Equal(cardId, await ActivityIdOfAsync(card));
        await refreshes.HeldAsync(request => IsAutomaticRefresh(request) && request.PostData!.Contains($"\"activityId\":\"{cardId}\"", StringComparison.Ordinal));
        await card.GetByLabel("Ditt bidrag").FillAsync(text);
        var personal = ConversationOf(await _playground.PressAsync(card, "Lägg till"));
        await Expect(card).ToContainTextAsync("Ditt bidrag är tillagt.");
        await Expect(card).ToContainTextAsync("Bidrag (1)");

        refreshes.Release();
        await _playground.SettleAsync(personal);

        // The refresh was sent before her press: her card is still the answer to the press.
        await Expect(card).ToContainTextAsync("Ditt bidrag är tillagt.");
        await Expect(card).ToContainTextAsync("Bidrag (1)");
        await Expect(card.GetByLabel("Ditt bidrag")).ToHaveValueAsync(string.Empty);
    });

    [Fact]
    public Task Eriks_place_on_the_channel_card_stays_when_his_refresh_brings_the_card_he_already_sees() => InBrowserAsync(async () =>
    {
        // Anna and Erik both have a chat with the bot, so the channel's card lists both in refresh.userIds; the bot's
        // answer to Erik's refresh lists him alone. Before the stop is started that is all that differs.
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await _playground.CardWithAsync(Personal, "Välkommen till TeamsQuality");
        await _playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        await _playground.CardWithAsync(Personal, "Välkommen till TeamsQuality");
        var refreshes = await _playground.HoldAsync(IsAutomaticRefresh);
        await ScanDueStopsAsync();
        var card = await _playground.CardWithAsync(Channel, DueTitle, "Hållplats 1 av ");
        var start = card.GetByRole(AriaRole.Button, new() { Name = "Starta hållplatsen", Exact = true });

        // He has moved to the card's button with the keyboard when his own view comes: it is the same card.
        var refresh = await refreshes.HeldAsync(IsAutomaticRefresh);
        var channel = ConversationOf(refresh);
        await start.FocusAsync();
        refreshes.Release();
        await _playground.SettleAsync(channel);

        await Expect(start).ToBeFocusedAsync();
        await Expect(card).ToContainTextAsync("Hemtjänst Norra");
    });

    /// <summary>
    /// Anna (the unit's manager) has the page open, so her chat with the bot exists and the channel's card lists her in
    /// refresh.userIds; the due scan posts stop 1 to her unit's channel. Returns that card.
    /// </summary>
    private async Task<ILocator> AnnasStopInTheChannelAsync()
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await _playground.CardWithAsync(Personal, "Välkommen till TeamsQuality");

        await ScanDueStopsAsync();
        await Expect(_playground.Card(Personal, "Dags för hållplats 1: Samverkan")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        return await _playground.CardWithAsync(Channel, DueTitle, "Hållplats 1 av ");
    }

    /// <summary>Runs the due scan as documented; the stop's card comes to the unit's channel.</summary>
    private async Task ScanDueStopsAsync()
    {
        await _playground.TriggerJobAsync("scan-due-stops");
        await Expect(_playground.Card(Channel, DueTitle)).ToHaveCountAsync(1, new() { Timeout = 30_000 });
    }

    /// <summary>
    /// Waits until the channel's message, as the playground holds it for everyone, says this: the bot's update of the
    /// shared card has been sent (the outbox sends it just after the press is answered).
    /// </summary>
    private async Task SharedCardSaysAsync(string directLineConversationId, string activityId, string text)
    {
        var channel = _bot.Services.GetRequiredService<PlaygroundChannel>();
        var session = channel.FindSession(directLineConversationId) ?? throw new InvalidOperationException("No such playground conversation.");
        for (var wait = 0; wait < 150; wait++)
        {
            var (activities, _) = channel.ActivitiesFor(session, directLineConversationId, 0);
            if (activities.FirstOrDefault(a => a["id"]?.GetValue<string>() == activityId)?["attachments"]?.ToJsonString().Contains(text, StringComparison.Ordinal) == true)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The channel's card was not updated to say \"{text}\" within 15 s.");
    }

    private Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "") =>
        _playground.RunAsync(output, steps, test);
}
