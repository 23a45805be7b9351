using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// README's "Try the weekly digest" in the playground: the documented POST /playground/api/jobs/weekly-digest on
/// Monday 1 March 2027 (the bot's clock set there, running on) delivers Anna's digest into her chat with Hemtjänst
/// Norra's stop of the month, and its *Stäng av veckobrevet* turns it off, confirmed on the card.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DigestBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
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

    [Fact]
    public Task Triggering_weekly_digest_delivers_Annas_digest_into_her_chat_and_its_button_turns_it_off() =>
        InBrowserAsync(new ShiftedClock(ManualClock.Swedish(2027, 3, 1, 8, 0)), async () =>
        {
            await Playground.OpenAsync();
            await Playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
            await Playground.TriggerJobAsync("weekly-digest");

            await Expect(Playground.ActivitiesWithCard(Personal, "Veckobrevet – vecka 9")).ToHaveCountAsync(1, JobDelivery);
            var digest = await Playground.CardWithAsync(Personal, "Veckobrevet – vecka 9");
            await Expect(digest).ToContainTextAsync("Hemtjänst Norra");
            await Expect(digest).ToContainTextAsync("4. Synpunkter, klagomål, avvikelser, riskanalys");
            await Expect(digest.GetByRole(AriaRole.Button, new() { Name = "Visa hållplatserna", Exact = true })).ToBeVisibleAsync();

            await Playground.PressAsync(digest, "Stäng av veckobrevet");
            await Expect(digest).ToContainTextAsync("Veckobrevet är avstängt");
        });

    private async Task InBrowserAsync(ShiftedClock clock, Func<Task> steps, [CallerMemberName] string test = "")
    {
        _bot = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Hangfire:QuietHours"] = "false" },
            services => services.AddSingleton<TimeProvider>(clock));
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl, _console);
        await _playground.RunAsync(output, steps, test);
    }
}
