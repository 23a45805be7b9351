using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Time;
using TeamsQuality.Integration.Tests.Infrastructure;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TeamsQuality.Integration.Tests.Browser.PlaygroundPage;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// Issue 11 in the playground with the demo's year (Demo:QualityYear, Demo:LexSarahReports), in a real Chromium with the
/// official Web Chat: Anna asks for her unit's kvalitetsberättelse and presses Word, and the file that link gives is a
/// Word document about Hemtjänst Norra with its charts; Eva presses the IVO package's PDF on the complete lex Sarah
/// report. The card's links are Action.OpenUrl: the page's window.open is caught, so the test fetches exactly the URL the
/// user's browser would open (with the page's own request context). Not yet here (issue 11's other steps): Eva's
/// administration report, the Översikt tab and the triggered weekly digest.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class YearAsAWholeBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string CatchOpen = "window.__tqOpened = []; window.open = (url) => { window.__tqOpened.push(String(url)); return null; };";

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
    public Task Anna_downloads_her_report_as_Word_with_charts_and_Eva_exports_the_IVO_package() =>
        InBrowserAsync(async () =>
        {
            // Plain "kvalitetsberättelse" gives the report's default year, the one the demo's year is seeded in (see
            // DemoQualityYear): its finished stops, its reports and their charts.
            var today = SwedishTime.Day(DateTimeOffset.UtcNow);
            await using var scope = _bot!.Services.CreateAsyncScope();
            var wheel = await scope.ServiceProvider.GetRequiredService<CurrentWheel>().RunAsync(DemoOrganisation.Tenant, today, CancellationToken.None);
            var year = wheel.ReportYear(today);
            await Playground.Page.AddInitScriptAsync(CatchOpen);
            await Playground.OpenAsync();

            // Anna: her unit's report, Word.
            await Playground.ChooseUserAsync(DemoOrganisation.People.AnnaBerg, "Anna Berg");
            await Playground.SendAsync(Personal, "kvalitetsberättelse");
            var card = await Playground.CardWithAsync(Personal, $"Kvalitetsberättelse {year} – Hemtjänst Norra", $"Verksamhetsår {year}:");
            await card.GetByRole(AriaRole.Button, new() { Name = "Word", Exact = true }).ClickAsync();
            var word = await DownloadOpenedAsync(1);
            using (var document = WordprocessingDocument.Open(new MemoryStream(word), false))
            {
                var text = document.MainDocumentPart!.Document!.Body!.InnerText;
                Assert.Contains("Hemtjänst Norra", text, StringComparison.Ordinal);
                Assert.Contains($"Verksamhetsår {year}:", text, StringComparison.Ordinal);
                Assert.Contains(document.MainDocumentPart.ImageParts, p => p.ContentType == "image/png");
            }

            // Eva: the complete lex Sarah report's IVO package as a PDF.
            var reference = $"LS-{SwedishTime.Day(DateTimeOffset.UtcNow).Year}-0001";
            await Playground.ChooseUserAsync(DemoOrganisation.People.EvaSundberg, "Eva Sundberg");
            await Playground.SendAsync(Personal, reference);
            var report = await Playground.CardWithAsync(Personal, reference, "IVO-underlag"); // the report itself, not the notices about it
            await Playground.PressAsync(report, "IVO-underlag");
            var exportCard = await Playground.CardWithAsync(Personal, $"IVO-underlag · {reference}");
            await exportCard.GetByRole(AriaRole.Button, new() { Name = "Exportera IVO-underlag (PDF)", Exact = true }).ClickAsync();
            var pdf = await DownloadOpenedAsync(2);
            using var package = PdfDocument.Open(pdf);
            Assert.Contains(reference, string.Join(" ", package.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        });

    /// <summary>The file at the <paramref name="count"/>th URL the page opened, fetched with the page's own context.</summary>
    private async Task<byte[]> DownloadOpenedAsync(int count)
    {
        await Playground.Page.WaitForFunctionAsync($"() => window.__tqOpened.length >= {count}");
        var url = await Playground.Page.EvaluateAsync<string>($"() => window.__tqOpened[{count - 1}]");
        var response = await Playground.Page.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"{url}: {response.Status}");
        return await response.BodyAsync();
    }

    private async Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "")
    {
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Demo:QualityYear"] = "true", ["Demo:LexSarahReports"] = "true" });
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl, _console);
        await _playground.RunAsync(output, steps, test);
    }
}
