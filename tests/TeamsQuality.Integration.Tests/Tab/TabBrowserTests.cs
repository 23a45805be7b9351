using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Browser;
using TeamsQuality.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TeamsQuality.Integration.Tests.Tab;

/// <summary>
/// The personal tab as a person opens it in the playground, which plays Teams (the official teams-js answered over
/// postMessage) and Entra (a token signed by the playground's own key, published as OpenID metadata): in Chromium, the
/// page signs in with app.initialize, app.getContext and authentication.getAuthToken, calls /api/tab/me with the token,
/// and shows what the host answered once it had validated that token.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string MePath = "/api/tab/me";
    private const string TeamsJsOriginList = "https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json";

    private BotApp _bot = null!;
    private PlaygroundPage _playground = null!;
    private readonly ConcurrentQueue<string> _console = new();

    public async Task InitializeAsync()
    {
        _bot = new BotApp(azurite);
        _bot.Client().Dispose();
        _playground = new PlaygroundPage(await browser.NewPageAsync(), _bot.BaseUrl, _console);
        await AnswerTeamsOriginsAsync(_playground.Page);
    }

    public async Task DisposeAsync()
    {
        await _playground.CloseAsync();
        await _bot.DisposeAsync();
    }

    /// <summary>
    /// teams-js reads the list of Teams hosts' origins from Microsoft's CDN when it loads, which cannot be reached
    /// here: the CDN is answered with a list of the same shape (the tab's host, the playground, is its own origin,
    /// which the library accepts without any list).
    /// </summary>
    internal static Task AnswerTeamsOriginsAsync(IPage page) => page.Context.RouteAsync(TeamsJsOriginList, route => route.FulfillAsync(new()
    {
        Status = 200,
        ContentType = "application/json",
        Headers = new Dictionary<string, string> { ["access-control-allow-origin"] = "*" },
        Body = """{"validOrigins":["teams.microsoft.com","*.teams.microsoft.com","*.cloud.microsoft"]}""",
    }));

    private IFrameLocator Tab => _playground.Page.FrameLocator("#tab-frame");

    [Fact]
    public Task Johan_Ek_opens_Installningar_and_is_told_he_may_set_up_Sjobacka_after_the_host_validated_his_token() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.JohanEk, "Johan Ek");

        var me = await OpenTabAsync("Inställningar");

        Assert.Equal(200, me.Status);
        await Expect(Tab.Locator("#tab-title")).ToHaveTextAsync("TeamsQuality – inställningar");
        await Expect(Tab.Locator("#tab-user")).ToHaveTextAsync("Inloggad som Johan Ek.");
        await Expect(Tab.Locator("#tab-organisation")).ToHaveTextAsync($"Organisation: {DemoOrganisation.Name} (3 enheter, 10 personer).");
        await Expect(Tab.Locator("#tab-admin")).ToHaveTextAsync("Du är kvalitetsadministratör: du kan ställa in organisationen.");
        await Expect(Tab.Locator("#tab-status")).ToHaveAttributeAsync("data-state", "ready");

        // The token the page sent is the playground's Entra's, for this app, with Johan's app role ...
        var token = BearerOf(me.Request);
        var claims = Payload(token);
        Assert.Equal($"{_bot.BaseUrl}/playground/sso/{DemoOrganisation.Tenant.Value}/v2.0", claims["iss"]!.GetValue<string>());
        Assert.Equal($"api://{new Uri(_bot.BaseUrl).Authority}/{TeamsQuality.Playground.PlaygroundOptions.TabAppId}", claims["aud"]!.GetValue<string>());
        Assert.Equal(DemoOrganisation.People.JohanEk, claims["oid"]!.GetValue<string>());
        Assert.Contains(Administration.AppRole, claims["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        // ... and the host checked its signature: the same token with its signature broken is refused.
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(token));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(BreakSignature(token)));
    });

    [Fact]
    public Task Erik_Lund_opens_the_tab_and_is_told_only_a_kvalitetsadministrator_can_change_the_organisation_in_his_language() => InBrowserAsync(async () =>
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.ErikLund, "Erik Lund");

        var me = await OpenTabAsync("Inställningar");

        Assert.Equal(200, me.Status);
        Assert.False(Payload(BearerOf(me.Request)).ContainsKey("roles"), "Erik holds no app role, so his token has none.");
        await Expect(Tab.Locator("#tab-user")).ToHaveTextAsync("Inloggad som Erik Lund.");
        await Expect(Tab.Locator("#tab-organisation")).ToContainTextAsync(DemoOrganisation.Name);
        await Expect(Tab.Locator("#tab-admin")).ToHaveTextAsync(
            "Bara en kvalitetsadministratör kan ändra organisationen – be IT-avdelningen ge dig approllen Kvalitetsadministratör.");

        // Teams in English: the tab is loaded again for the new session and speaks English (the domain word stays).
        var english = await _playground.Page.RunAndWaitForResponseAsync(
            () => _playground.Page.SelectOptionAsync("#locale-select", "en-US"),
            r => r.Url.EndsWith(MePath, StringComparison.Ordinal));
        Assert.Equal(200, english.Status);
        await Expect(_playground.Page.Locator("#tab-open")).ToHaveTextAsync("Settings");
        await Expect(Tab.Locator("#tab-user")).ToHaveTextAsync("Signed in as Erik Lund.");
        await Expect(Tab.Locator("#tab-admin")).ToHaveTextAsync(
            "Only a kvalitetsadministratör can change the organisation – ask your IT department to assign you the app role Kvalitetsadministratör.");
    });

    [Fact]
    public async Task A_token_the_host_does_not_accept_shows_a_clear_message_on_the_page_and_nothing_else()
    {
        await _playground.OpenAsync();
        await _playground.ChooseUserAsync(DemoOrganisation.People.JohanEk, "Johan Ek");
        // The request reaches the host with its token's signature broken, as a forged or damaged token would.
        await _playground.Page.RouteAsync("**" + MePath, async route =>
        {
            var headers = new Dictionary<string, string>(route.Request.Headers) { ["authorization"] = "Bearer " + BreakSignature(BearerOf(route.Request)) };
            await route.ContinueAsync(new() { Headers = headers });
        });

        var me = await OpenTabAsync("Inställningar");

        Assert.Equal(401, me.Status);
        await Expect(Tab.Locator("#tab-status")).ToHaveAttributeAsync("data-state", "error");
        await Expect(Tab.Locator("#tab-status")).ToHaveTextAsync(
            "Inloggningen kunde inte bekräftas. Stäng fliken och öppna den igen; hjälper inte det, kontakta IT-avdelningen.");
        await Expect(Tab.Locator("#tab-who")).ToBeHiddenAsync();
        // The browser reports the refused call itself; nothing else may go wrong on the page.
        var errors = _console.Where(line => line.StartsWith("pageerror:", StringComparison.Ordinal)
            || (line.StartsWith("error:", StringComparison.Ordinal) && !line.Contains("401 (Unauthorized)", StringComparison.Ordinal))).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public Task The_tab_opened_outside_Teams_says_it_is_a_Teams_tab() => InBrowserAsync(async () =>
    {
        await _playground.Page.GotoAsync(_bot.BaseUrl + "/tab/");

        await Expect(_playground.Page.Locator("#tab-status")).ToHaveTextAsync("Den här sidan är en flik i Teams. Öppna TeamsQuality i Teams.");
        await Expect(_playground.Page.Locator("#tab-who")).ToBeHiddenAsync();
    });

    /// <summary>Presses the playground's tab button and waits for the tab's call to /api/tab/me.</summary>
    private async Task<IResponse> OpenTabAsync(string button)
    {
        var open = _playground.Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
        return await _playground.Page.RunAndWaitForResponseAsync(() => open.ClickAsync(), r => r.Url.EndsWith(MePath, StringComparison.Ordinal));
    }

    private async Task<HttpStatusCode> MeStatusAsync(string token)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_bot.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, MePath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static string BearerOf(IRequest request)
    {
        var header = request.Headers.TryGetValue("authorization", out var value) ? value : string.Empty;
        Assert.StartsWith("Bearer ", header, StringComparison.Ordinal);
        return header["Bearer ".Length..];
    }

    private static JsonObject Payload(string token) => JsonNode.Parse(Base64UrlEncoder.Decode(token.Split('.')[1]))!.AsObject();

    /// <summary>The same token with one byte of its signature changed.</summary>
    private static string BreakSignature(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[10] ^= 0xFF;
        return $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }

    private Task InBrowserAsync(Func<Task> steps, [CallerMemberName] string test = "") => _playground.RunAsync(output, steps, test);
}
