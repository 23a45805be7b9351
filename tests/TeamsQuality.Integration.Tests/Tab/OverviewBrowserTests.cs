using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Browser;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TeamsQuality.Integration.Tests.Tab;

/// <summary>
/// The management view in Chromium through the playground, which plays Teams for the static tab "Översikt": Eva opens
/// it and sees every unit's stops with their states (colour and text, with a legend), the wheel drawn as an SVG wheel
/// with a segment per stop and the same as a list, the reports per tertial and the risk matrix; she drills into
/// Hemtjänst Norra and back. At 360×740 the page does not scroll sideways, and axe-core finds no serious or critical
/// WCAG 2.1 A/AA violation on the overview or the drill-down. Erik (staff) sees his unit's stops and actions and no
/// report figures.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OverviewBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string OverviewPath = "/api/tab/overview";

    private BotApp _bot = null!;
    private PlaygroundPage _playground = null!;
    private readonly ConcurrentQueue<string> _console = new();

    public async Task InitializeAsync()
    {
        _bot = new BotApp(azurite);
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl, _console);
        await TabBrowserTests.AnswerTeamsOriginsAsync(_playground.Page);
    }

    public async Task DisposeAsync()
    {
        await _playground.CloseAsync();
        await _bot.DisposeAsync();
    }

    private IFrameLocator Tab => _playground.Page.FrameLocator("#tab-frame");

    private IFrame TabFrame => _playground.Page.Frames.Single(f => f.Url.Contains("/tab/overview.html", StringComparison.Ordinal));

    [Fact]
    public Task Eva_opens_Oversikt_sees_every_units_stops_and_the_wheel_drills_into_Hemtjanst_Norra_on_a_phone_and_axe_finds_nothing_serious() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.EvaSundberg, "Eva Sundberg");
        var opened = await OpenOverviewAsync();
        Assert.Equal(200, opened.Status);

        await Expect(Tab.Locator("#tab-title")).ToHaveTextAsync("TeamsQuality – översikt");
        await Expect(Tab.Locator("#overview-status")).ToHaveAttributeAsync("data-state", "ready");
        // Every unit (and the manager group's own stops) × the stops, each cell a state in text as well as colour.
        var rows = Tab.Locator("#overview-grid-table tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        foreach (var unit in new[] { "Hemtjänst Norra", "Barn och unga (IFO)", "LSS-boendet Ekbacken" })
        {
            var row = rows.Filter(new() { HasText = unit });
            await Expect(row.Locator("td.ov-state[data-state]")).ToHaveCountAsync(8);
            foreach (var cell in await row.Locator("td.ov-state[data-state]").AllAsync())
            {
                Assert.Contains(await cell.Locator(".ov-sr").TextContentAsync(), new[] { "Ej påbörjad", "Påbörjad", "Klar", "Försenad" });
            }
        }

        await Expect(Tab.Locator("#overview-grid .ov-legend li")).ToContainTextAsync(["Ej påbörjad", "Påbörjad", "Klar", "Försenad"]);

        // The wheel: an SVG with a segment per stop, named, and the same as a list.
        var wheel = Tab.Locator("#overview-wheel svg.ov-wheel");
        await Expect(wheel).ToHaveAttributeAsync("role", "img");
        await Expect(wheel.Locator("g.ov-wheel__stop path")).ToHaveCountAsync(10);
        await Expect(wheel.Locator("g.ov-wheel__stop[data-stop=\"1\"] path title")).ToContainTextAsync("1. Samverkan – nov");
        await Expect(Tab.Locator("#overview-wheel-list li")).ToHaveCountAsync(10);
        await Expect(Tab.Locator("#overview-reports svg.ov-bars")).ToHaveCountAsync(1);
        await Expect(Tab.Locator("#overview-reports tbody tr")).ToHaveCountAsync(7);
        await Expect(Tab.Locator("#overview-risks td.ov-risk")).ToHaveCountAsync(16);
        await Expect(Tab.Locator("#overview-checks dd")).ToHaveCountAsync(5);
        await Expect(Tab.Locator("#overview-actions .ov-actions-summary")).ToContainTextAsync("Öppna åtgärder:");
        AssertNoPolicyViolations();
        await AssertAccessibleAsync("the overview");

        // On a phone the page does not scroll sideways: the grid scrolls inside its own box.
        await _playground.Page.SetViewportSizeAsync(360, 740);
        await TabFrame.WaitForFunctionAsync("() => document.documentElement.clientWidth <= 360");
        await AssertNoSidewaysScrollAsync();
        Assert.True(await TabFrame.EvaluateAsync<bool>("() => { const s = document.querySelector('#overview-grid .ov-scroll'); return s.scrollWidth > s.clientWidth; }"), "The grid should scroll inside its box.");

        // Drill into Hemtjänst Norra: its stops with due dates and states, its actions, self-checks and risks; and back.
        var drilled = await _playground.Page.RunAndWaitForResponseAsync(
            () => Tab.Locator("#overview-grid-table button.ov-link[data-unit=\"hemtjanst-norra\"]").ClickAsync(),
            r => r.Url.Contains(OverviewPath + "/units/hemtjanst-norra", StringComparison.Ordinal));
        Assert.Equal(200, drilled.Status);
        await Expect(Tab.Locator("#overview-unit-title")).ToContainTextAsync("Hemtjänst Norra");
        await Expect(Tab.Locator("#overview-unit-title")).ToBeFocusedAsync();
        await Expect(Tab.Locator("#overview-unit-stops tbody tr")).ToHaveCountAsync(8);
        await Expect(Tab.Locator("#overview-unit-stops tbody tr").First).ToContainTextAsync("Samverkan");
        await Expect(Tab.Locator("#overview-unit-risks dt")).ToHaveCountAsync(3);
        await AssertNoSidewaysScrollAsync();
        await AssertAccessibleAsync("the drill-down");

        await Tab.Locator("#overview-back").ClickAsync();
        await Expect(Tab.Locator("#overview-grid-table tbody tr")).ToHaveCountAsync(4);
        await Expect(Tab.Locator("#overview-grid-table button.ov-link[data-unit=\"hemtjanst-norra\"]")).ToBeFocusedAsync();
        await _playground.Page.SetViewportSizeAsync(1400, 1000);
    });

    [Fact]
    public Task Erik_sees_his_units_stops_and_actions_and_no_report_figures() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        Assert.Equal(200, (await OpenOverviewAsync()).Status);

        await Expect(Tab.Locator("#overview-status")).ToHaveAttributeAsync("data-state", "ready");
        var row = Tab.Locator("#overview-grid-table tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Hemtjänst Norra");
        await Expect(row.Locator("td.ov-state[data-state]")).ToHaveCountAsync(8);
        await Expect(Tab.Locator("#overview-wheel svg.ov-wheel g.ov-wheel__stop")).ToHaveCountAsync(10);
        await Expect(Tab.Locator("#overview-actions")).ToBeVisibleAsync();
        await Expect(Tab.Locator(".ov-note").First).ToContainTextAsync("Du ser din enhets hållplatser och åtgärder.");
        foreach (var figures in new[] { "#overview-reports", "#overview-risks", "#overview-checks" })
        {
            await Expect(Tab.Locator(figures)).ToHaveCountAsync(0);
        }

        await Expect(Tab.Locator("#overview-grid-table thead")).Not.ToContainTextAsync("Rapporter");

        await _playground.Page.RunAndWaitForResponseAsync(
            () => Tab.Locator("#overview-grid-table button.ov-link[data-unit=\"hemtjanst-norra\"]").ClickAsync(),
            r => r.Url.Contains(OverviewPath + "/units/hemtjanst-norra", StringComparison.Ordinal));
        await Expect(Tab.Locator("#overview-unit-stops tbody tr")).ToHaveCountAsync(8);
        await Expect(Tab.Locator("#overview-unit")).ToContainTextAsync("Åtgärder");
        await Expect(Tab.Locator("#overview-unit-risks")).ToHaveCountAsync(0);
        await Expect(Tab.Locator("#overview-unit-checks")).ToHaveCountAsync(0);
        await Expect(Tab.Locator("#overview-unit .ov-bars")).ToHaveCountAsync(0);
        AssertNoPolicyViolations();
    });

    /// <summary>Presses the playground's Översikt and waits for the tab's call to /api/tab/overview.</summary>
    private Task<IResponse> OpenOverviewAsync() => _playground.Page.RunAndWaitForResponseAsync(
        () => _playground.Page.GetByRole(AriaRole.Button, new() { Name = "Översikt", Exact = true }).ClickAsync(),
        r => r.Url.EndsWith(OverviewPath, StringComparison.Ordinal) || r.Url.Contains(OverviewPath + "?", StringComparison.Ordinal));

    private async Task AssertNoSidewaysScrollAsync()
    {
        var wider = await TabFrame.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => !(e.closest('.ov-scroll') && e.closest('.ov-scroll') !== e) && e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .map(e => e.tagName + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')
            """);
        var widths = await TabFrame.EvaluateAsync<string>("() => document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth + ' (body ' + document.body.scrollWidth + ')'");
        Assert.True(await TabFrame.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"The tab scrolls sideways, {widths}: {wider}");
    }

    /// <summary>The tab's CSP blocked nothing the page does (an inline style or script would show here).</summary>
    private void AssertNoPolicyViolations()
    {
        var blocked = _console.Where(line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || line.StartsWith("pageerror:", StringComparison.Ordinal)).ToList();
        Assert.True(blocked.Count == 0, string.Join(Environment.NewLine, blocked));
    }

    /// <summary>
    /// axe-core's WCAG 2.0/2.1 A and AA rules in the tab's frame. The tab's CSP takes scripts from its own origin only
    /// (an inline one is refused, and reported), so axe is served to the browser at an address of the tab's origin and
    /// added there as a script tag: the page's policy stays exactly as in Teams.
    /// </summary>
    private async Task AssertAccessibleAsync(string what)
    {
        var frame = TabFrame;
        var axe = RepoPaths.Tool("node", "node_modules", "axe-core", "axe.min.js");
        await _playground.Page.Context.RouteAsync("**/tab/test-axe.min.js", route => route.FulfillAsync(new() { Path = axe, ContentType = "text/javascript" }));
        if (!await frame.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await frame.AddScriptTagAsync(new() { Url = _bot.BaseUrl + "/tab/test-axe.min.js" });
        }

        var serious = await frame.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | '));
            }
            """);
        Assert.True(serious.Length == 0, $"axe-core on {what}:{Environment.NewLine}{string.Join(Environment.NewLine, serious)}");
    }

    private Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "") => _playground.RunAsync(output, steps, test);
}
