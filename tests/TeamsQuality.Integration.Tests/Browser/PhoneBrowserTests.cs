using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// The playground on a phone (390×844), in a real Chromium with the official Web Chat: what a person sees of a card
/// there. A refusal must be on the screen after the press that caused it (at the top of a long card it was 860 px above
/// the button, and nothing seemed to happen), and no word may break in the middle ("hållpla|tser").
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PhoneBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private BotApp _bot = null!;
    private PlaygroundPage _playground = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotApp(azurite);
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPhonePageAsync(), _bot.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.CloseAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public Task A_report_refused_for_a_personnummer_says_so_on_the_screen_where_the_button_was_pressed() => OnPhoneAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.FatimaHassan, "Fatima Hassan");
        await _playground.SendAsync(Personal, "rapportera");
        var card = await _playground.CardWithAsync(Personal, "Ny rapport", "Skriv inga namn eller personnummer");

        const string text = "Anhörig till 19121212-1212 klagar på att besöken är för korta.";
        await card.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex(@"(^|\s)Klagomål$") }).CheckAsync();
        await card.GetByLabel("Vad hände").FillAsync(text);
        await _playground.PressAsync(card, "Skicka rapporten");

        await _playground.ExpectOnScreenAsync(card, "Texten i 'Vad hände' innehåller ett personnummer eller samordningsnummer.");
        await Expect(card.GetByLabel("Vad hände")).ToHaveValueAsync(text);
    });

    [Fact]
    public Task A_contribution_refused_for_a_personnummer_says_so_on_the_screen_where_the_button_was_pressed() => OnPhoneAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        await _playground.SendAsync(Channel, "hållplatser");
        var card = await _playground.CardWithAsync(Channel, "Hållplatser ", "1. Samverkan");
        var row = card.Locator(".ac-columnSet").Filter(new() { HasText = "1. Samverkan" }).First;
        await _playground.PressAsync(card, row.GetByRole(AriaRole.Button, new() { Name = "Öppna", Exact = true }), "Öppna");
        await Expect(card).ToContainTextAsync("Steg 1 av 4");

        const string text = "Brukaren 19121212-1212 fick fel insats i går kväll";
        await card.GetByLabel("Ditt bidrag").FillAsync(text);
        await _playground.PressAsync(card, "Lägg till");

        await _playground.ExpectOnScreenAsync(card, "Texten innehåller ett personnummer eller samordningsnummer.");
        await Expect(card.GetByLabel("Ditt bidrag")).ToHaveValueAsync(text);
    });

    [Fact]
    public Task No_word_of_the_help_card_breaks_in_the_middle_on_a_phone() => OnPhoneAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await _playground.SendAsync(Personal, "hjälp");
        var help = await _playground.CardWithAsync(Personal, "Det här kan TeamsQuality");
        await Expect(help.GetByText("hållplatser", new() { Exact = true })).ToBeVisibleAsync();

        var broken = await PlaygroundPage.BrokenWordsAsync(help);

        Assert.True(broken.Length == 0, $"Words broken over two lines on the help card at phone width: {string.Join(", ", broken)}");
    });

    private Task OnPhoneAsync(Func<Task> steps, [CallerMemberName] string test = "") =>
        _playground.RunAsync(output, steps, test);
}
