using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// The manager group in the playground, as README's "Try a manager-group stop" says: Eva, the deputy director, finds
/// the group's channel "Chefsgruppen" in the right pane and her `hållplatser` is the group's stops (she may start
/// them); a manager chooses the group's channel from the list, where `hållplatser` lists the group's stops. Real
/// Chromium, official Web Chat.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ManagerGroupBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
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

    [Fact]
    public Task Eva_and_a_manager_find_the_manager_groups_channel_and_stops_in_the_playground() => InBrowserAsync(async () =>
    {
        await Playground.OpenAsync();
        await Playground.ChooseUserAsync(DemoOrganisation.People.EvaSundberg, "Eva Sundberg");
        await Expect(Playground.Page.Locator("#channel-title")).ToHaveTextAsync("Chefsgruppen");

        await Playground.SendAsync(Personal, "hållplatser");
        var list = Playground.Card(Personal, "Chefsgruppen").Filter(new() { HasText = "Öppna jämförelser" });
        await Expect(list).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(list).ToContainTextAsync("Personal- och kompetensförsörjning");
        await Expect(list).Not.ToContainTextAsync("Samverkan");

        await Expect(list.GetByRole(AriaRole.Button, new() { Name = "Starta nu", Exact = true })).ToHaveCountAsync(2);

        // "Starta nu" on stop 7 (the first row, beside the unit choice): the group's channel hears that Eva started it.
        await Playground.PressAsync(list, list.GetByRole(AriaRole.Button, new() { Name = "Starta nu", Exact = true }).First, "Starta nu");
        await Expect(Playground.Card(Channel, "Eva Sundberg har startat hållplats 7: Öppna jämförelser")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        // Anna, a manager, has her unit's channel on the right and picks the group's channel from the list.
        await Playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await Expect(Playground.Page.Locator("#channel-title")).ToHaveTextAsync("Hemtjänst Norra");
        await Playground.Page.SelectOptionAsync("#channel-select", DemoOrganisation.ManagerGroupChannelId);
        await Expect(Playground.Page.Locator("#channel-title")).ToHaveTextAsync("Chefsgruppen");
        await Playground.SendAsync(Channel, "hållplatser");
        await Expect(Playground.Card(Channel, "Hållplatser").Filter(new() { HasText = "Öppna jämförelser" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
    });

    private async Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "")
    {
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Hangfire:QuietHours"] = "false" });
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl, _console);
        await _playground.RunAsync(output, steps, test);
    }
}
