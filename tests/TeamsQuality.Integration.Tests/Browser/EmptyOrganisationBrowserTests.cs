using System.Runtime.CompilerServices;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// A new administration in the playground (<c>Demo:Seed=false</c>, no organisation): the page offers the tenant's people
/// and team channels as Teams and Entra know them, and the bot answers them as it would in a real tenant not set up yet.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EmptyOrganisationBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private BotApp _bot = null!;
    private PlaygroundPage _playground = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.CloseAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public Task The_page_offers_the_directorys_people_and_channels_and_someone_not_in_the_organisation_is_told_who_sets_it_up() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        var page = _playground.Page;
        await Expect(page.Locator("#organisation")).ToHaveTextAsync("Ingen organisation än");
        await Expect(page.Locator($"#user-select option[value=\"{DemoDirectory.IngridDahl}\"]")).ToHaveTextAsync("Ingrid Dahl – Socialchef – inte i organisationen");
        await Expect(page.Locator($"#user-select option[value=\"{DemoOrganisation.People.AnnaBerg}\"]")).ToHaveTextAsync("Anna Berg – Enhetschef – inte i organisationen");
        await Expect(page.Locator("#channel-select option")).ToHaveTextAsync(["General", "Hemtjänst Norra", "Barn och unga", "LSS Ekbacken", "Chefsgruppen"]);

        await _playground.ChooseUserAsync(DemoDirectory.IngridDahl, "Ingrid Dahl");

        await Expect(_playground.Card(Personal, "Hej Ingrid!")).ToHaveCountAsync(1);
        await _playground.SendAsync(Personal, "hållplatser");
        await Expect(_playground.Card(Personal, "TeamsQuality är inte inställt för er organisation än")).ToHaveCountAsync(1);

        // The team's General channel: the bot was added there, and says what to do next.
        await Expect(page.Locator("#channel-title")).ToHaveTextAsync("General");
        await Expect(_playground.Card(Channel, "TeamsQuality är inte inställt här än")).ToHaveCountAsync(1);
        await Expect(_playground.Card(Channel, "personliga flik Inställningar")).ToHaveCountAsync(1);

        await page.SelectOptionAsync("#locale-select", "en-US");
        await Expect(page.Locator("#organisation")).ToHaveTextAsync("No organisation yet");
        await Expect(page.Locator($"#user-select option[value=\"{DemoDirectory.NilsStrom}\"]")).ToHaveTextAsync("Nils Ström – Vårdbiträde – not in the organisation");
    });

    private Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "") =>
        _playground.RunAsync(output, steps, test);
}
