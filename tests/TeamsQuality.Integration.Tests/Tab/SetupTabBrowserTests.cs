using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Browser;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Playground;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TeamsQuality.Integration.Tests.Tab;

/// <summary>
/// Issue 9's main test, in Chromium through the playground as Teams and Entra, from empty storage (Demo:Seed=false):
/// IT installs the app in Sjöbacka's team (the bot learns the roster from the stand-in), Johan Ek opens Inställningar
/// (his SSO token validated by the host), names the organisation, adds two units, links each to its channel, chooses
/// their managers (Mats Jansson never opened the bot) and takes staff from the team; then the due scan posts each unit
/// channel its stop and nudges both managers, Mats after the app was installed for him through Graph.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SetupTabBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string DueTitle = "Dags för hållplats för lärande";
    private const string Norra = "19:hemtjanst-norra@thread.tacv2";
    private const string Ekbacken = "19:lss-ekbacken@thread.tacv2";

    private BotApp _bot = null!;
    private PlaygroundPage _playground = null!;
    private readonly ConcurrentQueue<string> _console = new();

    public async Task InitializeAsync()
    {
        // A Monday in November, when stop 1 Samverkan is due; nudges go out at any hour.
        var clock = new ShiftedClock(ManualClock.Swedish(2026, 11, 23, 10, 0));
        _bot = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Demo:Seed"] = "false", ["Hangfire:QuietHours"] = "false" },
            services => services.AddSingleton<TimeProvider>(clock));
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

    [Fact]
    public Task Johan_sets_up_Sjobacka_from_nothing_in_Installningar_and_the_due_scan_reaches_both_units_and_their_managers() => InBrowserAsync(async () =>
    {
        // IT adds the app to the team: the bot learns its channels and members from Teams (the roster stand-in).
        var install = await _playground.Page.APIRequest.PostAsync($"{_bot.BaseUrl}/playground/api/teams/{Uri.EscapeDataString(DemoOrganisation.DemoTeamId)}/install");
        Assert.Equal((int)HttpStatusCode.OK, install.Status);

        // Anna Berg has opened the bot once; Mats Jansson never has.
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await _playground.ChooseUserAsync(DemoOrganisation.People.JohanEk, "Johan Ek");
        var me = await _playground.Page.RunAndWaitForResponseAsync(
            () => _playground.Page.GetByRole(AriaRole.Button, new() { Name = "Inställningar", Exact = true }).ClickAsync(),
            r => r.Url.EndsWith("/api/tab/me", StringComparison.Ordinal));
        Assert.Equal(200, me.Status);
        await Expect(Tab.Locator("#tab-organisation")).ToHaveTextAsync("Organisationen är inte inställd än.");

        // The organisation: an empty name is refused under the field, then it is created.
        var name = Tab.GetByLabel("Organisationens namn");
        await SaveAsync(() => Tab.Locator("#setup-org-save").ClickAsync(), 400);
        await Expect(Tab.Locator("#setup-org-name-error")).ToHaveTextAsync("Skriv organisationens namn.");
        await name.FillAsync(DemoOrganisation.Name);
        await SaveAsync(() => Tab.Locator("#setup-org-save").ClickAsync());
        await Expect(Tab.GetByLabel("Organisationens namn")).ToHaveValueAsync(DemoOrganisation.Name);

        // Two units.
        foreach (var unit in new[] { "Hemtjänst Norra", "LSS Ekbacken" })
        {
            await Tab.GetByLabel("Ny enhets namn").FillAsync(unit);
            await SaveAsync(() => Tab.Locator("#setup-unit-add").ClickAsync());
        }

        await Expect(Tab.Locator("#setup-units tbody tr[data-unit]")).ToHaveCountAsync(2);

        // Each linked to its channel; linking Ekbacken to Norra's channel first is refused next to its row.
        await SaveAsync(() => Tab.GetByLabel("Kanal för Hemtjänst Norra").SelectOptionAsync(Norra));
        await SaveAsync(() => Tab.GetByLabel("Kanal för LSS Ekbacken").SelectOptionAsync(Norra), 409);
        await Expect(Row("lss-ekbacken").Locator(".setup__row-error")).ToHaveTextAsync("Kanalen Hemtjänst Norra är redan kopplad till enheten Hemtjänst Norra.");
        await SaveAsync(() => Tab.GetByLabel("Kanal för LSS Ekbacken").SelectOptionAsync(Ekbacken));

        // Managers, from the team's members (Entra's proposal shown for Norra).
        await Row("hemtjanst-norra").GetByRole(AriaRole.Button, new() { Name = "Förslag från Entra" }).ClickAsync();
        await Expect(Row("hemtjanst-norra").Locator(".setup__hint")).ToContainTextAsync("Förslag: ");
        await SaveAsync(() => Tab.GetByLabel("Enhetschef för Hemtjänst Norra").SelectOptionAsync(DemoOrganisation.People.AnnaBerg));
        await SaveAsync(() => Tab.GetByLabel("Enhetschef för LSS Ekbacken").SelectOptionAsync(DemoOrganisation.People.MatsJansson));

        // Staff for Norra from its channel's team: Erik and Nils; the managers show as already elsewhere.
        await Row("hemtjanst-norra").Locator(".setup-unit-import").ClickAsync();
        var import = Tab.Locator(".setup-import-form");
        await Expect(import.GetByLabel("Mats Jansson (i LSS Ekbacken)")).ToBeDisabledAsync();
        foreach (var box in await import.Locator("input[type=checkbox]:enabled").AllAsync())
        {
            await box.UncheckAsync();
        }

        await import.GetByLabel("Erik Lund", new() { Exact = true }).CheckAsync();
        await import.GetByLabel("Nils Ström", new() { Exact = true }).CheckAsync();
        await SaveAsync(() => import.GetByRole(AriaRole.Button, new() { Name = "Ta med de valda" }).ClickAsync());
        await Expect(Tab.Locator("#setup-status")).ToHaveTextAsync("Med nu: Erik Lund, Nils Ström.");
        await Expect(Row("hemtjanst-norra").Locator(".setup-unit-staff")).ToContainTextAsync("2");
        await Expect(Row("hemtjanst-norra").Locator(".setup-unit-problems li")).ToHaveCountAsync(0);
        await Expect(Tab.Locator($"#setup-people tr[data-person=\"{DemoDirectory.NilsStrom}\"]")).ToContainTextAsync("Hemtjänst Norra");
        await Expect(Tab.Locator("#setup-history tbody tr").First).ToContainTextAsync("Johan Ek");
        await Expect(Tab.Locator("#setup-history")).ToContainTextAsync("Mats Jansson blev enhetschef för LSS Ekbacken.");

        // On a phone (390 px) the page does not scroll sideways: the tables scroll inside their cards.
        await _playground.Page.SetViewportSizeAsync(390, 844);
        var tab = _playground.Page.Frames.Single(f => f.Url.Contains("/tab/", StringComparison.Ordinal));
        await tab.WaitForFunctionAsync("() => document.documentElement.clientWidth <= 390");
        var wider = await tab.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => !e.closest('.setup__scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')
            """);
        Assert.True(await tab.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"The tab scrolls sideways at 390 px: {wider}");
        Assert.True(await tab.EvaluateAsync<bool>("() => { const s = document.querySelector('#setup-units .setup__scroll'); return s.scrollWidth > s.clientWidth; }"), "The units table should scroll inside its card.");
        await _playground.Page.SetViewportSizeAsync(1280, 900);

        // The due scan, as the README says: each unit channel gets its stop, each manager the nudge.
        await _playground.TriggerJobAsync("scan-due-stops");
        // The playground is opened again: it offers each person their unit's channel as the organisation now has it.
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        await Expect(_playground.Page.Locator("#channel-title")).ToHaveTextAsync("Hemtjänst Norra");
        await Expect(_playground.Card(PlaygroundPage.Channel, DueTitle)).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(_playground.Card(PlaygroundPage.Personal, "Dags för hållplats 1: Samverkan")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        var graph = _bot.Services.GetRequiredService<GraphStandIn>();
        await WaitUntilAsync(() => graph.Calls.Any(c => c.Path.Contains(DemoOrganisation.People.MatsJansson, StringComparison.Ordinal) && c.Path.EndsWith("/teamwork/installedApps", StringComparison.Ordinal)));
        Assert.DoesNotContain(graph.Calls, c => c.Path.Contains(DemoOrganisation.People.AnnaBerg, StringComparison.Ordinal) && c.Path.EndsWith("/teamwork/installedApps", StringComparison.Ordinal));
        await _playground.ChooseUserAsync(DemoOrganisation.People.MatsJansson, "Mats Jansson");
        await Expect(_playground.Page.Locator("#channel-title")).ToHaveTextAsync("LSS Ekbacken");
        await Expect(_playground.Card(PlaygroundPage.Channel, DueTitle)).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(_playground.Card(PlaygroundPage.Personal, "Dags för hållplats 1: Samverkan")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
    });

    [Fact]
    public Task Erik_without_the_app_role_sees_nothing_to_change() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        await _playground.Page.GetByRole(AriaRole.Button, new() { Name = "Inställningar", Exact = true }).ClickAsync();

        await Expect(Tab.Locator("#setup-readonly")).ToHaveTextAsync("Du kan se din organisation men inte ändra den.");
        await Expect(Tab.Locator("#setup-org-name")).ToHaveCountAsync(0);
        await Expect(Tab.Locator("#tab-admin")).ToContainTextAsync("Bara en kvalitetsadministratör kan ändra organisationen");
    });

    private ILocator Row(string unitId) => Tab.Locator($"#setup-units tr[data-unit=\"{unitId}\"]");

    /// <summary>Does what changes the setup and waits for the API's answer (by default 200).</summary>
    private async Task SaveAsync(Func<Task> act, int status = 200)
    {
        var answer = await _playground.Page.RunAndWaitForResponseAsync(act, r => r.Url.Contains("/api/tab/setup", StringComparison.Ordinal) && r.Request.Method != "GET");
        Assert.True(answer.Status == status, $"{answer.Request.Method} {answer.Url} answered {answer.Status}: {await answer.TextAsync()}");
        if (status != 200)
        {
            // Chromium reports every refused fetch on the console; the one refusal asked for is expected, nothing else.
            var line = $"status of {status} (";
            await WaitUntilAsync(() => _console.Any(l => l.StartsWith("error:", StringComparison.Ordinal) && l.Contains(line, StringComparison.Ordinal)));
            var kept = _console.ToList();
            kept.RemoveAt(kept.FindIndex(l => l.StartsWith("error:", StringComparison.Ordinal) && l.Contains(line, StringComparison.Ordinal)));
            _console.Clear();
            kept.ForEach(_console.Enqueue);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "Timed out waiting.");
            await Task.Delay(100);
        }
    }

    private Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "") => _playground.RunAsync(output, steps, test);
}
