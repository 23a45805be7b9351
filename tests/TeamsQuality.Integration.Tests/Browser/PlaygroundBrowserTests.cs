using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// The playground as a person uses it, in a real Chromium with the official Web Chat: each test starts its own bot
/// (own tables, own demo organisation) and drives the page by what is on the screen. Text matches are scoped to
/// rendered cards (<c>.ac-adaptiveCard</c>) because Web Chat repeats message text in hidden screen-reader elements.
/// On failure a screenshot is saved in the test output directory and its path is in the failure message.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlaygroundBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Personal = "#personal-chat";
    private const string Channel = "#channel-chat";
    private const string HelpTitle = "Det här kan TeamsQuality";
    private const string HelpTitleEnglish = "What TeamsQuality can do";
    private const string WelcomeTitle = "Välkommen till TeamsQuality";
    private const string ProfileTitle = "Du i TeamsQuality";

    private readonly ConcurrentQueue<string> _console = new();
    private BotApp _bot = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotApp(azurite);
        _bot.Client().Dispose();
        _page = await browser.NewPageAsync();
        _page.Console += (_, message) => _console.Enqueue($"{message.Type}: {message.Text}");
        _page.PageError += (_, error) => _console.Enqueue($"pageerror: {error}");
    }

    public async Task DisposeAsync()
    {
        await _page.Context.CloseAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public Task Anna_asks_for_help_in_her_personal_chat_and_sees_the_help_card() => InBrowserAsync(async () =>
    {
        await OpenAsync();
        await ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await ExpectWelcomeCardAsync(Personal, "Hej Anna!");
        var cardsBefore = await Cards(Personal).CountAsync();

        await SendAsync(Personal, "hjälp");

        await Expect(Card(Personal, HelpTitle)).ToHaveCountAsync(1);
        await Expect(Cards(Personal)).ToHaveCountAsync(cardsBefore + 1);
        await Expect(Card(Personal, HelpTitle).GetByRole(AriaRole.Button, new() { Name = "Vem är jag?" })).ToBeVisibleAsync();
        await Expect(_page.Locator($"{Personal} [data-tq-from-id=\"{DemoOrganisation.People.AnnaBerg}\"] .webchat__text-content")).ToHaveTextAsync("hjälp");
    });

    [Fact]
    public Task Vem_ar_jag_on_a_help_card_replaces_that_card_in_place_with_the_profile() => InBrowserAsync(async () =>
    {
        await OpenAsync();
        await ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await ExpectWelcomeCardAsync(Personal, "Hej Anna!");

        // Two help cards, so the one pressed has something after it: "in place" is then not the same as "at the end".
        await SendAsync(Personal, "hjälp");
        await Expect(Card(Personal, HelpTitle)).ToHaveCountAsync(1);
        await SendAsync(Personal, "hjälp");
        await Expect(Card(Personal, HelpTitle)).ToHaveCountAsync(2);
        var pressed = Activities(Personal).Filter(new() { Has = _page.Locator(".ac-adaptiveCard", new() { HasText = HelpTitle }) }).First;
        var pressedId = await pressed.GetAttributeAsync("data-tq-activity-id");
        Assert.False(string.IsNullOrEmpty(pressedId), "The help card's activity has no data-tq-activity-id in the page.");
        var idsBefore = await ActivityIdsAsync(Personal);
        var cardsBefore = await Cards(Personal).CountAsync();

        var execute = await _page.RunAndWaitForResponseAsync(
            () => pressed.Locator(".ac-adaptiveCard").GetByRole(AriaRole.Button, new() { Name = "Vem är jag?" }).ClickAsync(),
            response => response.Url.EndsWith("/playground/api/execute", StringComparison.Ordinal));

        Assert.Equal(200, execute.Status);
        var sameActivity = _page.Locator($"{Personal} [data-tq-activity-id=\"{pressedId}\"]");
        var card = sameActivity.Locator(".ac-adaptiveCard");
        await Expect(card).ToContainTextAsync(ProfileTitle);
        await Expect(card).ToContainTextAsync("Anna Berg");
        await Expect(card).ToContainTextAsync("Enhetschef");
        await Expect(card).ToContainTextAsync("Hemtjänst Norra");
        await Expect(card).Not.ToContainTextAsync(HelpTitle);
        await Expect(Card(Personal, HelpTitle)).ToHaveCountAsync(1);
        Assert.Equal(idsBefore, await ActivityIdsAsync(Personal));

        // The bot's stored card comes again with the next polls (same id): it must stay where it was, once.
        var conversationId = JsonDocument.Parse(execute.Request.PostData!).RootElement.GetProperty("conversationId").GetString()!;
        await WaitForPollsAsync(conversationId, 2);
        await Expect(sameActivity).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync(ProfileTitle);
        await Expect(Cards(Personal)).ToHaveCountAsync(cardsBefore);
        await Expect(Card(Personal, ProfileTitle)).ToHaveCountAsync(1);
        Assert.Equal(idsBefore, await ActivityIdsAsync(Personal));
    });

    [Fact]
    public Task Visa_vad_jag_kan_on_the_welcome_card_brings_the_help_card() => InBrowserAsync(async () =>
    {
        await OpenAsync();
        await ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        var welcome = await ExpectWelcomeCardAsync(Personal, "Hej Anna!");
        var cardsBefore = await Cards(Personal).CountAsync();
        await Expect(Card(Personal, HelpTitle)).ToHaveCountAsync(0);

        await welcome.GetByRole(AriaRole.Button, new() { Name = "Visa vad jag kan" }).ClickAsync();

        await Expect(Card(Personal, HelpTitle)).ToHaveCountAsync(1);
        await Expect(Cards(Personal)).ToHaveCountAsync(cardsBefore + 1);
        await Expect(Card(Personal, WelcomeTitle)).ToHaveCountAsync(1);
    });

    [Fact]
    public Task In_English_the_help_and_profile_cards_are_in_English() => InBrowserAsync(async () =>
    {
        await OpenAsync();
        await ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await ExpectWelcomeCardAsync(Personal, "Hej Anna!");

        await _page.SelectOptionAsync("#locale-select", "en-US");

        await Expect(_page.Locator("#status")).ToHaveAttributeAsync("data-state", "online");
        await Expect(_page.Locator("#personal-title")).ToHaveTextAsync("Personal chat");
        await Expect(_page.Locator("#personal-subtitle")).ToContainTextAsync("Anna Berg");
        await Expect(Card(Personal, WelcomeTitle)).ToHaveCountAsync(1);
        var cardsBefore = await Cards(Personal).CountAsync();

        await SendAsync(Personal, "help");

        var help = Card(Personal, HelpTitleEnglish);
        await Expect(help).ToHaveCountAsync(1);
        await Expect(Cards(Personal)).ToHaveCountAsync(cardsBefore + 1);
        await Expect(help).ToContainTextAsync("Write to me");
        await Expect(help).Not.ToContainTextAsync(HelpTitle);

        await help.GetByRole(AriaRole.Button, new() { Name = "Who am I?" }).ClickAsync();

        var profile = Card(Personal, "You in TeamsQuality");
        await Expect(profile).ToHaveCountAsync(1);
        await Expect(profile).ToContainTextAsync("Enhetschef (unit manager)");
        await Expect(Cards(Personal)).ToHaveCountAsync(cardsBefore + 1);
    });

    [Fact]
    public Task What_Erik_asks_in_the_unit_channel_is_seen_with_the_answer_by_Anna_in_the_same_unit() => InBrowserAsync(async () =>
    {
        await OpenAsync();
        await ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        await Expect(_page.Locator("#channel-title")).ToHaveTextAsync("Hemtjänst Norra");
        await Expect(_page.Locator("#channel-subtitle")).ToContainTextAsync("Hemtjänst Norra");
        await ExpectWelcomeCardAsync(Channel, "Hej allihop!");
        var cardsBefore = await Cards(Channel).CountAsync();

        await SendAsync(Channel, "hjälp");

        await Expect(Card(Channel, HelpTitle)).ToHaveCountAsync(1);
        await Expect(Cards(Channel)).ToHaveCountAsync(cardsBefore + 1);
        await Expect(Card(Personal, HelpTitle)).ToHaveCountAsync(0);

        await ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");

        await Expect(_page.Locator("#channel-subtitle")).ToContainTextAsync("Anna Berg");
        await Expect(_page.Locator("#channel-title")).ToHaveTextAsync("Hemtjänst Norra");
        var eriksMessage = _page.Locator($"{Channel} [data-tq-from-id=\"{DemoOrganisation.People.ErikLund}\"]");
        await Expect(eriksMessage).ToHaveCountAsync(1);
        await Expect(eriksMessage.Locator(".tq-activity__from")).ToHaveTextAsync("Erik Lund");
        // As in Teams, the others see what Erik wrote without the @mention the channel added for the bot.
        await Expect(eriksMessage.Locator(".webchat__text-content")).ToHaveTextAsync("hjälp");
        await Expect(Card(Channel, HelpTitle)).ToHaveCountAsync(1);
        await Expect(Card(Channel, WelcomeTitle)).ToHaveCountAsync(1);
        await Expect(Card(Personal, HelpTitle)).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_button_pressed_while_storage_hangs_says_beside_the_card_to_try_again_and_the_card_stays() => InBrowserAsync(async () =>
    {
        // This test's bot reaches its storage through a stand-in that can stop answering.
        await using var storage = new StorageProxy(azurite, StorageMode.Forward);
        await _bot.DisposeAsync();
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Storage:ConnectionString"] = storage.ConnectionString });
        _bot.Client().Dispose();
        await OpenAsync();
        await ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await ExpectWelcomeCardAsync(Personal, "Hej Anna!");
        await SendAsync(Personal, "hjälp");
        var help = Card(Personal, HelpTitle);
        await Expect(help).ToHaveCountAsync(1);
        var pressed = Activities(Personal).Filter(new() { Has = _page.Locator(".ac-adaptiveCard", new() { HasText = HelpTitle }) });

        storage.SetMode(StorageMode.Hang);
        await help.GetByRole(AriaRole.Button, new() { Name = "Vem är jag?" }).ClickAsync();

        var notice = pressed.Locator(".tq-card-notice");
        await Expect(notice).ToContainTextAsync("Det gick inte att spara just nu", new() { Timeout = 10_000 });
        await Expect(notice).ToBeVisibleAsync();
        await Expect(help).ToHaveCountAsync(1);
        await Expect(Card(Personal, ProfileTitle)).ToHaveCountAsync(0);
    });

    // ---- The page, as a person sees it ----

    private async Task OpenAsync()
    {
        await _page.GotoAsync(_bot.BaseUrl + "/");
        await Expect(_page.Locator("#status")).ToHaveAttributeAsync("data-state", "online");
    }

    private async Task ChooseUserAsync(string personId, string name)
    {
        var option = _page.Locator($"#user-select option[value=\"{personId}\"]");
        await option.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(_page.Locator("#user-select")).ToBeEnabledAsync();

        await _page.SelectOptionAsync("#user-select", personId);

        await Expect(_page.Locator("#personal-subtitle")).ToContainTextAsync(name);
        await Expect(_page.Locator("#channel-subtitle")).ToContainTextAsync(name);
        await Expect(_page.Locator("#status")).ToHaveAttributeAsync("data-state", "online");
    }

    /// <summary>The welcome card the bot sends when it is installed; it is there before anything is written.</summary>
    private async Task<ILocator> ExpectWelcomeCardAsync(string pane, string greeting)
    {
        var welcome = Card(pane, WelcomeTitle);
        await Expect(welcome).ToHaveCountAsync(1);
        await Expect(welcome).ToContainTextAsync(greeting);
        return welcome;
    }

    private async Task SendAsync(string pane, string text)
    {
        var sendBox = _page.Locator($"{pane} [data-id=\"webchat-sendbox-input\"]");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await Expect(sendBox).ToHaveValueAsync(string.Empty);
    }

    private ILocator Cards(string pane) => _page.Locator($"{pane} .ac-adaptiveCard");

    private ILocator Card(string pane, string text) => Cards(pane).Filter(new() { HasText = text });

    private ILocator Activities(string pane) => _page.Locator($"{pane} [data-tq-activity-id]");

    private Task<string[]> ActivityIdsAsync(string pane) =>
        Activities(pane).EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-tq-activity-id'))");

    /// <summary>Waits until Web Chat has polled this conversation this many more times.</summary>
    private async Task WaitForPollsAsync(string conversationId, int polls)
    {
        for (var i = 0; i < polls; i++)
        {
            await _page.WaitForResponseAsync(
                response => response.Request.Method == "GET"
                    && response.Url.Contains($"/v3/directline/conversations/{conversationId}/activities", StringComparison.Ordinal),
                new() { Timeout = 10_000 });
        }
    }

    private Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "") =>
        BrowserFailures.RunAsync(_page, _console, output, steps, test);
}
