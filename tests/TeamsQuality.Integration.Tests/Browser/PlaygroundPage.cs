using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TeamsQuality.Integration.Tests.Browser;

/// <summary>
/// The playground as a person drives it, for browser tests: choose who you are, write in a pane, find a card, press its
/// buttons, and what a person sees of it: whether something is on the screen, whether words break. Text matches are
/// scoped to rendered cards (<c>.ac-adaptiveCard</c>) because Web Chat repeats text in hidden screen-reader elements.
/// What the browser says (console lines, script errors) is collected, and <see cref="RunAsync"/> fails on its errors.
/// </summary>
/// <param name="page">A page of its own browser context (<see cref="BrowserFixture"/>).</param>
/// <param name="baseUrl">The bot the playground is opened from.</param>
/// <param name="console">Where the browser's console goes; shared by the pages of one test, so an error on any fails it.</param>
internal sealed class PlaygroundPage(IPage page, string baseUrl, ConcurrentQueue<string>? console = null)
{
    public const string Personal = "#personal-chat";
    public const string Channel = "#channel-chat";
    private const string ExecutePath = "/playground/api/execute";

    /// <summary>The calls a test may hold: card actions and refreshes, and Direct Line (not the page's files).</summary>
    private static readonly Regex PlaygroundCalls = new("/(playground/api/execute|v3/directline/conversations/)");

    private readonly ConcurrentQueue<string> _console = Listen(page, console ?? new ConcurrentQueue<string>());
    private readonly RefreshCount _refreshes = RefreshCount.Of(page);

    public IPage Page => page;

    /// <summary>The bot the playground is opened from (a test that restarts the bot points the page at the new one).</summary>
    public string BaseUrl { get; set; } = baseUrl;

    /// <summary>The browser's console lines and script errors of this page (and of the pages sharing its queue).</summary>
    public ConcurrentQueue<string> Console => _console;

    /// <summary>Runs a test's steps on this page: it fails on any script or console error, with a screenshot (<see cref="BrowserFailures"/>).</summary>
    public Task RunAsync(ITestOutputHelper output, Func<Task> steps, string test) => BrowserFailures.RunAsync(page, _console, output, steps, test);

    public Task CloseAsync() => page.Context.CloseAsync();

    private static ConcurrentQueue<string> Listen(IPage page, ConcurrentQueue<string> console)
    {
        page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Enqueue($"pageerror: {error}");
        return console;
    }

    public async Task OpenAsync()
    {
        await page.GotoAsync(BaseUrl + "/");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "online");
    }

    public async Task ChooseUserAsync(string personId, string name)
    {
        var option = page.Locator($"#user-select option[value=\"{personId}\"]");
        await option.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.Locator("#user-select")).ToBeEnabledAsync();

        await page.SelectOptionAsync("#user-select", personId);

        await Expect(page.Locator("#personal-subtitle")).ToContainTextAsync(name);
        await Expect(page.Locator("#channel-subtitle")).ToContainTextAsync(name);
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "online");
    }

    public async Task SendAsync(string pane, string text)
    {
        var sendBox = page.Locator($"{pane} [data-id=\"webchat-sendbox-input\"]");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await Expect(sendBox).ToHaveValueAsync(string.Empty);
    }

    /// <summary>A chat pane (<see cref="Personal"/> or <see cref="Channel"/>) as a whole.</summary>
    public ILocator Pane(string pane) => page.Locator(pane);

    /// <summary>Every card shown in the pane (a form opened on a card is a card of its own inside it).</summary>
    public ILocator Cards(string pane) => page.Locator($"{pane} .ac-adaptiveCard");

    /// <summary>The cards in the pane that have this text.</summary>
    public ILocator Card(string pane, string text) => Cards(pane).Filter(new() { HasText = text });

    /// <summary>The pane's activities (messages and cards), each with its id in the page.</summary>
    public ILocator Activities(string pane) => page.Locator($"{pane} [data-tq-activity-id]");

    /// <summary>The activities in the pane whose card has all these texts.</summary>
    public ILocator ActivitiesWithCard(string pane, params string[] texts)
    {
        var card = page.Locator(".ac-adaptiveCard");
        foreach (var text in texts)
        {
            card = card.Filter(new() { HasText = text });
        }

        return Activities(pane).Filter(new() { Has = card });
    }

    /// <summary>The card of one activity: it keeps its place when an Action.Execute replaces it (the outermost card: a form opened on it is a card of its own inside it).</summary>
    public ILocator CardOf(string pane, string activityId) => page.Locator($"{pane} [data-tq-activity-id=\"{activityId}\"] .ac-adaptiveCard").First;

    /// <summary>The ids of the pane's activities, in the order shown.</summary>
    public Task<string[]> ActivityIdsAsync(string pane) =>
        Activities(pane).EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-tq-activity-id'))");

    /// <summary>The id of the activity a card is shown in.</summary>
    public static Task<string> ActivityIdOfAsync(ILocator card) =>
        card.EvaluateAsync<string>("card => card.closest('[data-tq-activity-id]').getAttribute('data-tq-activity-id')");

    /// <summary>Waits for the one activity in the pane whose card has all these texts, and gives its card (it keeps its place when replaced).</summary>
    public async Task<ILocator> CardWithAsync(string pane, params string[] texts)
    {
        var activity = ActivitiesWithCard(pane, texts);
        await Expect(activity).ToHaveCountAsync(1);
        var id = await activity.GetAttributeAsync("data-tq-activity-id");
        Assert.False(string.IsNullOrEmpty(id), $"The card with \"{string.Join("\", \"", texts)}\" has no data-tq-activity-id in the page.");
        return CardOf(pane, id!);
    }

    /// <summary>The fact with this title (exactly) on the card has this value.</summary>
    public static async Task ExpectFactAsync(ILocator card, string label, string value)
    {
        var title = card.Page.Locator(".ac-fact-title", new() { HasTextRegex = new Regex($@"^\s*{Regex.Escape(label)}\s*$") });
        var row = card.Locator(".ac-factset tr").Filter(new() { Has = title });
        await Expect(row.First.Locator(".ac-fact-value")).ToContainTextAsync(value);
    }

    /// <summary>Presses a card button (an Action.Execute) and waits for the bot's answer to come back to the page.</summary>
    /// <returns>The page's call that carried the press (its request names the pane's conversation).</returns>
    public Task<IResponse> PressAsync(ILocator card, string button) =>
        PressAsync(card, card.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }), button);

    /// <summary>Presses the card's button whose name matches.</summary>
    public Task<IResponse> PressAsync(ILocator card, Regex button) =>
        PressAsync(card, card.GetByRole(AriaRole.Button, new() { NameRegex = button }), button.ToString());

    public async Task<IResponse> PressAsync(ILocator card, ILocator button, string name)
    {
        // 30 s, not the page's 15: under a full test run's load (the conformance checks' node processes beside it) a turn
        // that renders documents or finishes a stop has been seen to answer after more than 15 s.
        var response = await page.RunAndWaitForResponseAsync(
            () => button.ClickAsync(),
            r => r.Url.EndsWith(ExecutePath, StringComparison.Ordinal),
            new() { Timeout = 30_000 });
        Assert.True(response.Status == 200, $"Pressing \"{name}\" answered HTTP {response.Status}: {await response.TextAsync()}");
        await Expect(card).Not.ToHaveClassAsync(new Regex("tq-card-busy"));
        return response;
    }

    /// <summary>
    /// Runs a recurring job now with the playground's documented command (README: <c>curl -X POST
    /// …/playground/api/jobs/scan-due-stops</c>), as the person trying the bot does beside the page.
    /// </summary>
    public async Task TriggerJobAsync(string jobId)
    {
        var response = await page.APIRequest.PostAsync($"{BaseUrl}/playground/api/jobs/{jobId}");
        Assert.True(response.Status == 202, $"Triggering {jobId} answered HTTP {response.Status}: {await response.TextAsync()}");
    }

    /// <summary>The Direct Line conversation of the pane a press was made in (what its polls name).</summary>
    public static string ConversationOf(IResponse press) => ConversationOf(press.Request);

    /// <summary>The Direct Line conversation of the pane a press or a refresh was sent from.</summary>
    public static string ConversationOf(IRequest execute) =>
        JsonDocument.Parse(execute.PostData ?? "{}").RootElement.GetProperty("conversationId").GetString()
        ?? throw new InvalidOperationException("The call named no conversation.");

    /// <summary>
    /// Holds the page's calls to the playground that match until <see cref="HeldCalls.Release"/>: they reach the server
    /// only then, so the server answers with what it has at that moment. This is how a test makes the network slow at one
    /// place, deterministically (a poll that brings an update late, a refresh that reaches the bot after a press).
    /// </summary>
    public async Task<HeldCalls> HoldAsync(Func<IRequest, bool> which)
    {
        var held = new HeldCalls();
        await page.RouteAsync(PlaygroundCalls, async route =>
        {
            if (which(route.Request))
            {
                await held.WaitAsync(route.Request);
            }

            await route.FallbackAsync();
        });
        return held;
    }

    /// <summary>The page's polls for new activities (Direct Line GET .../activities?watermark=), in any pane or the one named.</summary>
    public static bool IsPoll(IRequest request, string? conversationId = null) =>
        request.Method == "GET" && request.Url.Contains(
            conversationId is null ? "/v3/directline/conversations/" : $"/v3/directline/conversations/{conversationId}/activities", StringComparison.Ordinal)
        && request.Url.Contains("/activities?", StringComparison.Ordinal);

    /// <summary>The refreshes the page sends by itself (Universal Actions, trigger "automatic").</summary>
    public static bool IsAutomaticRefresh(IRequest request) =>
        request.Method == "POST" && request.Url.Contains(ExecutePath + "?trigger=automatic", StringComparison.Ordinal);

    /// <summary>
    /// Waits until a pane is quiet: no card refresh is on the way and three polls of its conversation in a row started
    /// none (a poll's new card starts its refresh at once, long before the next poll). What the page shows then stays.
    /// </summary>
    public async Task SettleAsync(string conversationId)
    {
        for (var round = 0; round < 20; round++)
        {
            for (var wait = 0; _refreshes.InFlight > 0; wait++)
            {
                Assert.True(wait < 150, "A card refresh did not come back within 15 s.");
                await page.WaitForTimeoutAsync(100);
            }

            var sent = _refreshes.Sent;
            await WaitForPollsAsync(conversationId, 3);
            if (_refreshes.Sent == sent && _refreshes.InFlight == 0)
            {
                return;
            }
        }

        Assert.Fail("The page kept refreshing cards (20 rounds of polls each started a refresh).");
    }

    /// <summary>Waits until Web Chat has polled this conversation this many more times.</summary>
    public async Task WaitForPollsAsync(string conversationId, int polls)
    {
        for (var i = 0; i < polls; i++)
        {
            await page.WaitForResponseAsync(r => IsPoll(r.Request, conversationId), new() { Timeout = 10_000 });
        }
    }

    /// <summary>
    /// Waits until one of the card's texts that says this is wholly on the screen: inside the window and inside every
    /// scrolling pane around it (a text scrolled out of the chat is not seen, even if the window would hold it).
    /// </summary>
    public async Task ExpectOnScreenAsync(ILocator card, string text)
    {
        var texts = card.Locator(".ac-textBlock, .ac-richTextBlock").Filter(new() { HasText = text });
        await Expect(texts.First).ToBeAttachedAsync();
        var where = string.Empty;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var places = await texts.EvaluateAllAsync<string[]>(OnScreenScript);
            if (places.Contains("on screen"))
            {
                return;
            }

            where = string.Join("; ", places);
            await page.WaitForTimeoutAsync(100);
        }

        Assert.Fail($"\"{text}\" is on the card but not on the screen ({page.ViewportSize?.Width}×{page.ViewportSize?.Height}): {where}");
    }

    /// <summary>The words of the card's texts that are broken over two lines ("hållpla|tser"); empty when none is.</summary>
    public static Task<string[]> BrokenWordsAsync(ILocator card) => card.EvaluateAsync<string[]>(BrokenWordsScript);

    private const string OnScreenScript = """
        els => els.map(el => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return 'not rendered';
          let box = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
          for (let a = el.parentElement; a; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (/(auto|scroll|hidden|clip)/.test(s.overflowY) || /(auto|scroll|hidden|clip)/.test(s.overflowX)) {
              const c = a.getBoundingClientRect();
              box = { top: Math.max(box.top, c.top), left: Math.max(box.left, c.left), bottom: Math.min(box.bottom, c.bottom), right: Math.min(box.right, c.right) };
            }
          }
          const inside = r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
          return inside ? 'on screen' : `at y ${Math.round(r.top)}–${Math.round(r.bottom)}, seen y ${Math.round(box.top)}–${Math.round(box.bottom)}`;
        })
        """;

    // A word whose letters lie on two lines is broken; hyphens and slashes are places a word may break.
    private const string BrokenWordsScript = """
        card => {
          const broken = [];
          const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            if (!node.parentElement || node.parentElement.getClientRects().length === 0) continue;
            const words = /[^\s\-–\/]+/g;
            let m;
            while ((m = words.exec(node.data)) !== null) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (lines.size > 1) broken.push(m[0]);
            }
          }
          return broken;
        }
        """;

    /// <summary>The page's automatic refreshes, counted from the network as they go and come back.</summary>
    private sealed class RefreshCount
    {
        private int _sent;
        private int _done;

        public int Sent => Volatile.Read(ref _sent);

        public int InFlight => Volatile.Read(ref _sent) - Volatile.Read(ref _done);

        public static RefreshCount Of(IPage page)
        {
            var count = new RefreshCount();
            page.Request += (_, request) =>
            {
                if (IsAutomaticRefresh(request))
                {
                    Interlocked.Increment(ref count._sent);
                }
            };
            page.RequestFinished += (_, request) => count.Finished(request);
            page.RequestFailed += (_, request) => count.Finished(request);
            return count;
        }

        private void Finished(IRequest request)
        {
            if (IsAutomaticRefresh(request))
            {
                Interlocked.Increment(ref _done);
            }
        }
    }
}

/// <summary>Calls the page made that a test holds back (see <see cref="PlaygroundPage.HoldAsync"/>).</summary>
internal sealed class HeldCalls
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IRequest> _held = [];
    private readonly object _gate = new();

    /// <summary>Lets every held call go on to the server, and all later ones at once.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Waits until a call that matches is being held (so the page is waiting for it).</summary>
    public async Task<IRequest> HeldAsync(Func<IRequest, bool> which)
    {
        for (var wait = 0; wait < 150; wait++)
        {
            lock (_gate)
            {
                if (_held.FirstOrDefault(which) is { } request)
                {
                    return request;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No such call was held within 15 s.");
    }

    internal Task WaitAsync(IRequest request)
    {
        if (_released.Task.IsCompleted)
        {
            return Task.CompletedTask;
        }

        lock (_gate)
        {
            _held.Add(request);
        }

        return _released.Task;
    }
}
