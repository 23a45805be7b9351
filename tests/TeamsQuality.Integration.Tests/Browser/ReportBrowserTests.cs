using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Time;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Deviations;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// Issue 4's "done when" in the playground: Erik (staff, Hemtjänst Norra) files a lex Sarah report from his personal
/// chat; a second report with a personnummer is refused on the card with everything he typed kept; Anna (the unit's
/// manager) gets a notification without the content, opens the report and assesses it 3, so it "ska anmälas till IVO";
/// Eva (deputy director) gets the notification and the IVO card and records the decision; Johan (quality developer)
/// adds to the investigation and closes it; the record's history shows every step with who. Fatima (staff of the same
/// unit) has no card for it, and a forged press of "Öppna rapporten" in her chat is refused without any of the content.
/// Everything is done by pressing what is on the screen in a real Chromium with the official Web Chat; the bot runs
/// whole, with its Hangfire server, on Kestrel. Text matches are scoped to rendered cards (<c>.ac-adaptiveCard</c>)
/// because Web Chat repeats text in hidden screen-reader elements. On failure a screenshot is saved in the test output
/// directory and its path is in the failure message.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string WelcomeTitle = "Välkommen till TeamsQuality";
    private const string HelpTitle = "Det här kan TeamsQuality";
    private const string FilingTitle = "Ny rapport";
    private const string Kind = "Lex Sarah – missförhållande";
    private const string Unit = "Hemtjänst Norra";
    private const string WhatHappened = "Brukaren i ärende SN 2026/118 fick inte sin insats på tre dagar, ingen hörde av sig.";
    private const string MeasuresTaken = "Vi ringde brukaren och gjorde besöket samma kväll.";
    private const string AccessRefused = "Ingen rapport som du kan öppna har den referensen.";

    private BotApp _bot = null!;
    private PlaygroundPage _playground = null!;

    public async Task InitializeAsync()
    {
        // Notifications go out at any hour (the test may run on a Sunday evening).
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Hangfire:QuietHours"] = "false" });
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.CloseAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public Task A_lex_Sarah_report_is_filed_assessed_decided_investigated_and_closed_with_its_history_and_hidden_from_other_staff() => InBrowserAsync(async () =>
    {
        var today = SwedishTime.Day(DateTimeOffset.UtcNow);
        var reference = $"LS-{today.Year}-0001";
        var occurred = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // ---- Erik files the report from his personal chat ----
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");
        await Expect(_playground.Card(Personal, WelcomeTitle)).ToHaveCountAsync(1);
        await _playground.SendAsync(Personal, "rapportera");
        var card = await _playground.CardWithAsync(Personal, FilingTitle, "Skriv inga namn eller personnummer");

        await FillFilingAsync(card, WhatHappened, occurred);
        await _playground.PressAsync(card, "Skicka rapporten");

        // The receipt takes the filing card's place: the reference, nothing of what he wrote.
        await Expect(card).ToContainTextAsync("Tack! Rapporten är skickad");
        await Expect(card.Locator(".ac-textBlock", new() { HasText = reference }).First).ToBeVisibleAsync();
        await ExpectFactAsync(card, "Referens", reference);
        await ExpectFactAsync(card, "Typ", Kind);
        await ExpectFactAsync(card, "Enhet", Unit);
        await ExpectFactAsync(card, "Status", "Inkommen");
        await Expect(card).ToContainTextAsync("Enhetschefen, verksamhetsutvecklarna och biträdande socialchef har fått veta");
        await Expect(card).Not.ToContainTextAsync("SN 2026/118");
        await Expect(card.GetByLabel("Vad hände")).ToHaveCountAsync(0);

        // ---- A second report, from the help card's button, with a personnummer: refused, everything kept ----
        await _playground.SendAsync(Personal, "hjälp");
        card = await _playground.CardWithAsync(Personal, HelpTitle);
        await _playground.PressAsync(card, FilingTitle);
        await Expect(card).ToContainTextAsync("Skriv inga namn eller personnummer");
        await Expect(card).Not.ToContainTextAsync(HelpTitle);

        const string withNumber = "Brukaren 19121212-1212 föll i duschen och fick vänta på hjälp.";
        await FillFilingAsync(card, withNumber, occurred);
        await _playground.PressAsync(card, "Skicka rapporten");

        await Expect(card).ToContainTextAsync("Det här behöver rättas – allt du skrev finns kvar:");
        await Expect(card).ToContainTextAsync("Texten i 'Vad hände' innehåller ett personnummer eller samordningsnummer.");
        await Expect(card).Not.ToContainTextAsync("Tack! Rapporten är skickad");
        await Expect(KindRadio(card)).ToBeCheckedAsync();
        await Expect(card.GetByLabel("Vad hände")).ToHaveValueAsync(withNumber);
        await Expect(card.GetByLabel("När hände det? (datum)")).ToHaveValueAsync(occurred);
        await Expect(card.GetByLabel("Klockslag (om du vet)")).ToHaveValueAsync("14:30");
        await Expect(card.GetByRole(AriaRole.Combobox, new() { Name = "Enhet", Exact = true })).ToHaveValueAsync(DemoOrganisation.Units.HemtjanstNorra);
        await Expect(card.GetByLabel("Åtgärder som redan vidtagits (om några)")).ToHaveValueAsync(MeasuresTaken);
        var filed = await _bot.Services.GetRequiredService<DeviationRepository>().FiledByAsync(DemoOrganisation.Tenant, DemoOrganisation.People.ErikLund, CancellationToken.None);
        Assert.Equal(reference, Assert.Single(filed).Reference.ToString());

        // ---- Anna, the unit's manager: a notification without the content; she opens it and assesses 3 ----
        await _playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
        card = await _playground.CardWithAsync(Personal, "En rapport behöver din bedömning", reference);
        await ExpectFactAsync(card, "Typ", Kind);
        await ExpectFactAsync(card, "Enhet", Unit);
        await Expect(card).ToContainTextAsync("Bedöm den snarast");
        await Expect(_playground.Pane(Personal)).Not.ToContainTextAsync("SN 2026/118");
        await Expect(_playground.Pane(Personal)).Not.ToContainTextAsync(MeasuresTaken);

        await _playground.PressAsync(card, "Öppna rapporten");
        await ExpectReportAsync(card, reference, "Inkommen");
        await Expect(card).ToContainTextAsync("Inte bedömd än.");

        const string immediateActions = "Insatsen utförd samma kväll, planeringen vid schemabyte ses över.";
        await OpenFormAsync(card, "Bedöm rapporten");
        await card.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex(@"(^|\s)3 – Allvarlig$") }).CheckAsync();
        await card.GetByLabel("Omedelbara åtgärder").FillAsync(immediateActions);
        await _playground.PressAsync(card, "Spara bedömningen");

        await Expect(card).ToContainTextAsync("Bedömningen är sparad.");
        await ExpectReportAsync(card, reference, "Bedömd");
        var severity = card.Locator(".ac-richTextBlock", new() { HasText = "Allvarlighetsgrad: " });
        await Expect(severity).ToHaveCountAsync(1);
        await Expect(severity).ToHaveTextAsync("Allvarlighetsgrad: 3 – Allvarlig · Ska anmälas till IVO");
        await Expect(card.Locator(".ac-textBlock", new() { HasText = "Väntar på beslut om IVO-anmälan sedan" }).First).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync(immediateActions);

        // ---- Eva, the deputy director: the notification and the IVO card; she records the decision ----
        await _playground.ChooseUserAsync(DemoOrganisation.People.EvaSundberg, "Eva Sundberg");
        var evasAttention = await _playground.CardWithAsync(Personal, "En rapport behöver din uppmärksamhet", reference);
        await Expect(evasAttention).ToContainTextAsync("Lex Sarah: ska åtgärdas och utredas utan dröjsmål.");
        card = await _playground.CardWithAsync(Personal, "Beslut om IVO-anmälan saknas", reference);
        await Expect(card).ToContainTextAsync("Bedömd allvarlig – ska anmälas till IVO");
        await ExpectFactAsync(card, "Allvarlighetsgrad", "3 – Allvarlig");
        await Expect(_playground.Pane(Personal)).Not.ToContainTextAsync("SN 2026/118");
        await Expect(_playground.Pane(Personal)).Not.ToContainTextAsync(immediateActions);

        await _playground.PressAsync(card, "Öppna rapporten");
        await ExpectReportAsync(card, reference, "Bedömd");
        await Expect(card).ToContainTextAsync(immediateActions);

        const string motivation = "Allvarligt missförhållande i verkställigheten, anmäls snarast.";
        await OpenFormAsync(card, "Besluta om IVO-anmälan");
        await card.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex(@"(^|\s)Ja, anmäls till IVO$") }).CheckAsync();
        await card.GetByLabel("Motivering").FillAsync(motivation);
        await _playground.PressAsync(card, "Spara beslutet");

        await Expect(card).ToContainTextAsync("Beslutet om IVO-anmälan är sparat.");
        await Expect(card).ToContainTextAsync("Beslut: anmäls till IVO");
        await Expect(card).ToContainTextAsync(motivation);
        await Expect(card.Locator(".ac-textBlock", new() { HasText = "Väntar på beslut om IVO-anmälan sedan" })).ToHaveCountAsync(0);
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Besluta om IVO-anmälan", Exact = true })).ToHaveCountAsync(0);

        // ---- Johan, the quality developer: adds a fact on the causes and closes it with a decision ----
        await _playground.ChooseUserAsync(DemoOrganisation.People.JohanEk, "Johan Ek");
        card = await _playground.CardWithAsync(Personal, "En rapport behöver din uppmärksamhet", reference);
        await _playground.PressAsync(card, "Öppna rapporten");
        await ExpectReportAsync(card, reference, "Bedömd");
        await Expect(card).ToContainTextAsync("Beslut: anmäls till IVO");
        await Expect(card).ToContainTextAsync("Inget i utredningen än.");

        const string cause = "Planeringen tappade insatsen vid schemabytet den 1 november.";
        await OpenFormAsync(card, "Lägg till i utredningen");
        await card.GetByLabel("Vad gäller det?").SelectOptionAsync(new SelectOptionValue { Label = "Orsaker" });
        await card.GetByLabel("Utredningens text").FillAsync(cause);
        await card.GetByRole(AriaRole.Checkbox, new() { Name = "Det här är fakta (annars en bedömning)" }).CheckAsync();
        await _playground.PressAsync(card, "Spara i utredningen");

        await Expect(card).ToContainTextAsync("Det är sparat i utredningen.");
        await ExpectReportAsync(card, reference, "Under utredning");
        await Expect(card).ToContainTextAsync("Utredning (1)");
        var entry = card.Locator(".ac-container").Filter(new() { HasText = cause }).Last;
        await Expect(entry).ToContainTextAsync("Orsaker · Fakta");
        await Expect(entry).ToContainTextAsync("Johan Ek");

        const string decision = "Utredningen avslutad: rutinen för schemabyte ändras och följs upp i februari.";
        await OpenFormAsync(card, "Avsluta rapporten");
        await card.GetByLabel("Beslut vid avslut").FillAsync(decision);
        await _playground.PressAsync(card, "Avsluta med beslutet");

        await Expect(card).ToContainTextAsync("Rapporten är avslutad.");
        await ExpectReportAsync(card, reference, "Avslutad");
        await Expect(card).ToContainTextAsync(decision);
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Avsluta rapporten", Exact = true })).ToHaveCountAsync(0);
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Lägg till i utredningen", Exact = true })).ToHaveCountAsync(0);

        // The history: every step, in order, with who did it.
        var history = card.Locator(".ac-richTextBlock").Filter(new() { HasTextRegex = new Regex(@"^\d{1,2} \S+ \d{4} \d{2}:\d{2} · ") });
        await Expect(history).ToHaveCountAsync(5);
        await Expect(history.Nth(0)).ToContainTextAsync($"Erik Lund · Rapporterad: {Kind}");
        await Expect(history.Nth(1)).ToContainTextAsync("Anna Berg · Bedömd: 3 – Allvarlig");
        await Expect(history.Nth(2)).ToContainTextAsync("Eva Sundberg · Beslut om IVO-anmälan: Ja, anmäls till IVO");
        await Expect(history.Nth(3)).ToContainTextAsync("Johan Ek · Utredning: Orsaker");
        await Expect(history.Nth(4)).ToContainTextAsync("Johan Ek · Avslutad");

        // What the page showed is what is stored.
        var stored = await _bot.Services.GetRequiredService<DeviationRepository>().FindAsync(DemoOrganisation.Tenant, new DeviationReference("LS", today.Year, 1), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(DeviationStatus.Avslutad, stored.Status);
        Assert.Equal(Severity.Allvarlig, stored.Assessment!.Severity);
        Assert.True(stored.IvoDecision!.ReportToIvo);
        Assert.Equal(
            [DeviationChangeKind.Filed, DeviationChangeKind.Assessed, DeviationChangeKind.IvoDecided, DeviationChangeKind.InvestigationEntryAdded, DeviationChangeKind.Closed],
            stored.History.Select(h => h.Kind));
        Assert.Equal(["Erik Lund", "Anna Berg", "Eva Sundberg", "Johan Ek", "Johan Ek"], stored.History.Select(h => h.PersonName));

        // ---- Fatima, staff of the same unit: no card for it, and opening it anyway is refused ----
        await _playground.ChooseUserAsync(DemoOrganisation.People.FatimaHassan, "Fatima Hassan");
        await Expect(_playground.Card(Personal, WelcomeTitle)).ToHaveCountAsync(1);
        await Expect(_playground.Card(Personal, WelcomeTitle)).ToContainTextAsync("Hej Fatima!");
        await Expect(_playground.Pane(Personal)).Not.ToContainTextAsync(reference);

        // Her Direct Line conversation and a card of hers, from a press the page makes for her ("Vem är jag?").
        await _playground.SendAsync(Personal, "hjälp");
        card = await _playground.CardWithAsync(Personal, HelpTitle);
        var helpOfHers = await ActivityIdOfAsync(card);
        var press = await _playground.PressAsync(card, "Vem är jag?");
        await Expect(card).ToContainTextAsync("Fatima Hassan");
        var conversationId = ConversationOf(press);
        Assert.Equal(helpOfHers, JsonDocument.Parse(press.Request.PostData!).RootElement.GetProperty("activityId").GetString());

        // The press a forged card would make: "Öppna rapporten" with the reference, from her chat.
        var forged = await _playground.Page.EvaluateAsync<JsonElement>(
            """
            async ([conversationId, activityId, reference]) => {
              const response = await fetch('/playground/api/execute', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ conversationId, activityId, action: { type: 'Action.Execute', verb: 'report.open', data: { reference } }, locale: 'sv-SE' })
              });
              return { status: response.status, body: await response.text() };
            }
            """,
            new[] { conversationId, helpOfHers, reference });
        Assert.Equal(200, forged.GetProperty("status").GetInt32());
        var answer = string.Join(" | ", Strings(JsonDocument.Parse(forged.GetProperty("body").GetString()!).RootElement));
        Assert.Contains(AccessRefused, answer, StringComparison.Ordinal);
        foreach (var secret in new[] { "SN 2026/118", "insats", MeasuresTaken, immediateActions, motivation, cause, decision, "Erik Lund", "Lex Sarah", Unit })
        {
            Assert.DoesNotContain(secret, answer, StringComparison.Ordinal);
        }

        // The refusal comes to her chat in the card's place (as Teams would show it); nothing of the report does.
        await Expect(card).ToContainTextAsync(AccessRefused);
        await Expect(card).Not.ToContainTextAsync("Fatima Hassan");
        await Expect(_playground.Pane(Personal)).Not.ToContainTextAsync("SN 2026/118");
        await Expect(_playground.Pane(Personal)).Not.ToContainTextAsync(cause);
        await Expect(_playground.Pane(Personal)).Not.ToContainTextAsync(reference);
    });

    // ---- The report's cards ----

    /// <summary>Fills the filing card as a reporter on the phone does: kind, what happened, when, unit and measures taken.</summary>
    private static async Task FillFilingAsync(ILocator card, string whatHappened, string occurredDate)
    {
        await Expect(card.GetByText("Lex Sarah ska rapporteras genast.")).ToBeVisibleAsync();
        await KindRadio(card).CheckAsync();
        await card.GetByLabel("Vad hände").FillAsync(whatHappened);
        await card.GetByLabel("När hände det? (datum)").FillAsync(occurredDate);
        await card.GetByLabel("Klockslag (om du vet)").FillAsync("14:30");
        await card.GetByRole(AriaRole.Combobox, new() { Name = "Enhet", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Unit });
        await card.GetByLabel("Åtgärder som redan vidtagits (om några)").FillAsync(MeasuresTaken);
    }

    // The Adaptive Cards renderer may name a radio with the group's label too ("Typ av rapport * …").
    private static ILocator KindRadio(ILocator card) =>
        card.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($@"(^|\s){Regex.Escape(Kind)}$") });

    /// <summary>The report's card as one allowed sees it: the heading, its status and the record of what happened.</summary>
    private static async Task ExpectReportAsync(ILocator card, string reference, string status)
    {
        await Expect(card).ToContainTextAsync($"Rapport {reference}");
        await Expect(card).ToContainTextAsync($"{Kind} · {Unit}");
        await ExpectFactAsync(card, "Status", status);
        await ExpectFactAsync(card, "Rapporterad av", "Erik Lund");
        await ExpectFactAsync(card, "Hände", "14:30");
        await Expect(card).ToContainTextAsync(WhatHappened);
        await Expect(card).ToContainTextAsync(MeasuresTaken);
    }

    /// <summary>Opens one of the report card's forms (an Action.ShowCard button).</summary>
    private static async Task OpenFormAsync(ILocator card, string title)
    {
        var button = card.GetByRole(AriaRole.Button, new() { Name = title, Exact = true });
        await button.ClickAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
    }

    /// <summary>Every string in a JSON answer (the texts of a card, decoded).</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "") =>
        _playground.RunAsync(output, steps, test);
}
