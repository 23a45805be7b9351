using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

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
    private const string HelpTitle = "Det här kan TeamsQuality";
    private const string HelpTitleEnglish = "What TeamsQuality can do";
    private const string WelcomeTitle = "Välkommen till TeamsQuality";
    private const string ProfileTitle = "Du i TeamsQuality";

    private BotApp _bot = null!;
    private PlaygroundPage _playground = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotApp(azurite);
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.CloseAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public Task Anna_asks_for_help_in_her_personal_chat_and_sees_the_help_card() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await ExpectWelcomeCardAsync(Personal, "Hej Anna!");
        var cardsBefore = await _playground.Cards(Personal).CountAsync();

        await _playground.SendAsync(Personal, "hjälp");

        await Expect(_playground.Card(Personal, HelpTitle)).ToHaveCountAsync(1);
        await Expect(_playground.Cards(Personal)).ToHaveCountAsync(cardsBefore + 1);
        await Expect(_playground.Card(Personal, HelpTitle).GetByRole(AriaRole.Button, new() { Name = "Vem är jag?" })).ToBeVisibleAsync();
        await Expect(_playground.Page.Locator($"{Personal} [data-tq-from-id=\"{DemoOrganisation.People.AnnaBerg}\"] .webchat__text-content")).ToHaveTextAsync("hjälp");
    });

    [Fact]
    public Task Vem_ar_jag_on_a_help_card_replaces_that_card_in_place_with_the_profile() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await ExpectWelcomeCardAsync(Personal, "Hej Anna!");

        // Two help cards, so the one pressed has something after it: "in place" is then not the same as "at the end".
        await _playground.SendAsync(Personal, "hjälp");
        await Expect(_playground.Card(Personal, HelpTitle)).ToHaveCountAsync(1);
        await _playground.SendAsync(Personal, "hjälp");
        await Expect(_playground.Card(Personal, HelpTitle)).ToHaveCountAsync(2);
        var pressedId = await _playground.ActivitiesWithCard(Personal, HelpTitle).First.GetAttributeAsync("data-tq-activity-id");
        Assert.False(string.IsNullOrEmpty(pressedId), "The help card's activity has no data-tq-activity-id in the page.");
        var card = _playground.CardOf(Personal, pressedId!);
        var idsBefore = await _playground.ActivityIdsAsync(Personal);
        var cardsBefore = await _playground.Cards(Personal).CountAsync();

        var execute = await _playground.PressAsync(card, "Vem är jag?");

        var sameActivity = _playground.Page.Locator($"{Personal} [data-tq-activity-id=\"{pressedId}\"]");
        await Expect(card).ToContainTextAsync(ProfileTitle);
        await Expect(card).ToContainTextAsync("Anna Berg");
        await Expect(card).ToContainTextAsync("Enhetschef");
        await Expect(card).ToContainTextAsync("Hemtjänst Norra");
        await Expect(card).Not.ToContainTextAsync(HelpTitle);
        await Expect(_playground.Card(Personal, HelpTitle)).ToHaveCountAsync(1);
        Assert.Equal(idsBefore, await _playground.ActivityIdsAsync(Personal));

        // The bot's stored card comes again with the next polls (same id): it must stay where it was, once.
        await _playground.WaitForPollsAsync(ConversationOf(execute), 2);
        await Expect(sameActivity).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync(ProfileTitle);
        await Expect(_playground.Cards(Personal)).ToHaveCountAsync(cardsBefore);
        await Expect(_playground.Card(Personal, ProfileTitle)).ToHaveCountAsync(1);
        Assert.Equal(idsBefore, await _playground.ActivityIdsAsync(Personal));
    });

    [Fact]
    public Task Visa_vad_jag_kan_on_the_welcome_card_brings_the_help_card() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        var welcome = await ExpectWelcomeCardAsync(Personal, "Hej Anna!");
        var cardsBefore = await _playground.Cards(Personal).CountAsync();
        await Expect(_playground.Card(Personal, HelpTitle)).ToHaveCountAsync(0);

        await welcome.GetByRole(AriaRole.Button, new() { Name = "Visa vad jag kan" }).ClickAsync();

        await Expect(_playground.Card(Personal, HelpTitle)).ToHaveCountAsync(1);
        await Expect(_playground.Cards(Personal)).ToHaveCountAsync(cardsBefore + 1);
        await Expect(_playground.Card(Personal, WelcomeTitle)).ToHaveCountAsync(1);
    });

    [Fact]
    public Task In_English_the_help_and_profile_cards_are_in_English() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await ExpectWelcomeCardAsync(Personal, "Hej Anna!");

        await _playground.Page.SelectOptionAsync("#locale-select", "en-US");

        await Expect(_playground.Page.Locator("#status")).ToHaveAttributeAsync("data-state", "online");
        await Expect(_playground.Page.Locator("#personal-title")).ToHaveTextAsync("Personal chat");
        await Expect(_playground.Page.Locator("#personal-subtitle")).ToContainTextAsync("Anna Berg");
        await Expect(_playground.Card(Personal, WelcomeTitle)).ToHaveCountAsync(1);
        var cardsBefore = await _playground.Cards(Personal).CountAsync();

        await _playground.SendAsync(Personal, "help");

        var help = _playground.Card(Personal, HelpTitleEnglish);
        await Expect(help).ToHaveCountAsync(1);
        await Expect(_playground.Cards(Personal)).ToHaveCountAsync(cardsBefore + 1);
        await Expect(help).ToContainTextAsync("Write to me");
        await Expect(help).Not.ToContainTextAsync(HelpTitle);

        await help.GetByRole(AriaRole.Button, new() { Name = "Who am I?" }).ClickAsync();

        var profile = _playground.Card(Personal, "You in TeamsQuality");
        await Expect(profile).ToHaveCountAsync(1);
        await Expect(profile).ToContainTextAsync("Enhetschef (unit manager)");
        await Expect(_playground.Cards(Personal)).ToHaveCountAsync(cardsBefore + 1);
    });

    [Fact]
    public Task What_Erik_asks_in_the_unit_channel_is_seen_with_the_answer_by_Anna_in_the_same_unit() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        await Expect(_playground.Page.Locator("#channel-title")).ToHaveTextAsync("Hemtjänst Norra");
        await Expect(_playground.Page.Locator("#channel-subtitle")).ToContainTextAsync("Hemtjänst Norra");
        await ExpectWelcomeCardAsync(Channel, "Hej allihop!");
        var cardsBefore = await _playground.Cards(Channel).CountAsync();

        await _playground.SendAsync(Channel, "hjälp");

        await Expect(_playground.Card(Channel, HelpTitle)).ToHaveCountAsync(1);
        await Expect(_playground.Cards(Channel)).ToHaveCountAsync(cardsBefore + 1);
        await Expect(_playground.Card(Personal, HelpTitle)).ToHaveCountAsync(0);

        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");

        await Expect(_playground.Page.Locator("#channel-subtitle")).ToContainTextAsync("Anna Berg");
        await Expect(_playground.Page.Locator("#channel-title")).ToHaveTextAsync("Hemtjänst Norra");
        var eriksMessage = _playground.Page.Locator($"{Channel} [data-tq-from-id=\"{DemoOrganisation.People.ErikLund}\"]");
        await Expect(eriksMessage).ToHaveCountAsync(1);
        await Expect(eriksMessage.Locator(".tq-activity__from")).ToHaveTextAsync("Erik Lund");
        // As in Teams, the others see what Erik wrote without the @mention the channel added for the bot.
        await Expect(eriksMessage.Locator(".webchat__text-content")).ToHaveTextAsync("hjälp");
        await Expect(_playground.Card(Channel, HelpTitle)).ToHaveCountAsync(1);
        await Expect(_playground.Card(Channel, WelcomeTitle)).ToHaveCountAsync(1);
        await Expect(_playground.Card(Personal, HelpTitle)).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_button_pressed_while_storage_hangs_says_beside_the_card_to_try_again_and_the_card_stays() => InBrowserAsync(async () =>
    {
        // This test's bot reaches its storage through a stand-in that can stop answering.
        await using var storage = new StorageProxy(azurite, StorageMode.Forward);
        await _bot.DisposeAsync();
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Storage:ConnectionString"] = storage.ConnectionString });
        _bot.Client().Dispose();
        _playground.BaseUrl = _bot.BaseUrl;
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await ExpectWelcomeCardAsync(Personal, "Hej Anna!");
        await _playground.SendAsync(Personal, "hjälp");
        var help = _playground.Card(Personal, HelpTitle);
        await Expect(help).ToHaveCountAsync(1);
        var pressed = _playground.ActivitiesWithCard(Personal, HelpTitle);

        storage.SetMode(StorageMode.Hang);
        await help.GetByRole(AriaRole.Button, new() { Name = "Vem är jag?" }).ClickAsync();

        var notice = pressed.Locator(".tq-card-notice");
        await Expect(notice).ToContainTextAsync("Det gick inte att spara just nu", new() { Timeout = 10_000 });
        await Expect(notice).ToBeVisibleAsync();
        await Expect(help).ToHaveCountAsync(1);
        await Expect(_playground.Card(Personal, ProfileTitle)).ToHaveCountAsync(0);
    });

    /// <summary>The welcome card the bot sends when it is installed; it is there before anything is written.</summary>
    private async Task<ILocator> ExpectWelcomeCardAsync(string pane, string greeting)
    {
        var welcome = _playground.Card(pane, WelcomeTitle);
        await Expect(welcome).ToHaveCountAsync(1);
        await Expect(welcome).ToContainTextAsync(greeting);
        return welcome;
    }

    private Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "") =>
        _playground.RunAsync(output, steps, test);
}
