using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// How a browser test fails: it runs the steps, fails on any script or console error of the page, and on failure
/// saves a screenshot and puts its path and the last browser console lines in the message.
/// </summary>
internal static class BrowserFailures
{
    public static async Task RunAsync(IPage page, ConcurrentQueue<string> console, ITestOutputHelper output, Func<Task> steps, string test)
    {
        try
        {
            await steps();
            var errors = console.Where(line => line.StartsWith("pageerror:", StringComparison.Ordinal) || line.StartsWith("error:", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, "The page reported errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }
        catch (Exception failure)
        {
            var screenshot = await ScreenshotAsync(page, test);
            var lines = console.IsEmpty ? "(empty)" : string.Join(Environment.NewLine, console.TakeLast(30));
            output.WriteLine($"Screenshot: {screenshot}");
            output.WriteLine("Browser console:" + Environment.NewLine + lines);
            throw new XunitException(
                $"{failure.GetType().Name}: {failure.Message}{Environment.NewLine}Screenshot: {screenshot}{Environment.NewLine}Browser console (last lines):{Environment.NewLine}{lines}",
                failure);
        }
    }

    private static async Task<string> ScreenshotAsync(IPage page, string test)
    {
        try
        {
            Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
            var path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{test}-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}.png");
            await page.ScreenshotAsync(new() { Path = path, FullPage = true, Timeout = 10_000 });
            return path;
        }
        catch (PlaywrightException ex)
        {
            return $"(no screenshot: {ex.Message})";
        }
    }
}
