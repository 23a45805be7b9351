using Microsoft.Playwright;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for a test class, driven by Playwright. Playwright's own browsers are never
/// downloaded: the system Chromium (installed by ./test) is launched by path. Each test opens a context of its own
/// (fresh storage, so the playground's remembered choices never leak between tests).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>Where failure screenshots go: a folder in the test assembly's output directory.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "browser-failures");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test (INSTALL_CHROMIUM=1 eng/install-tools.sh) or install Debian's chromium package.");
        }

        // Web Chat polls every 500 ms and the bot answers in the background: give the page time, but fail in seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh context and page, sized so both playground panes are side by side.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(1400, 1000);

    /// <summary>A phone: 390×844 CSS pixels, the playground's panes stacked.</summary>
    public Task<IPage> NewPhonePageAsync() => NewPageAsync(390, 844);

    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        // Stops Playwright's driver process (which owns the browser process).
        _playwright?.Dispose();
    }
}
