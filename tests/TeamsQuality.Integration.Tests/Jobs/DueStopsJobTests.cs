using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Integration.Tests.Jobs;

/// <summary>
/// The daily due scan against the demo organisation, with a fake Teams and a clock the test sets. On Monday
/// 23 November 2026 stop 1 (Samverkan, November) is due for all three demo units.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DueStopsJobTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTeamsChannel _teams = new();
    private readonly ManualClock _clock = new(ManualClock.Swedish(2026, 11, 23, 9, 0));
    private BotApp _bot = null!;

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        _bot = StartBot();
        await PointTenantAtFakeTeamsAsync(_bot);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task The_due_stop_is_posted_to_each_unit_channel_and_each_manager_is_nudged_once()
    {
        var result = await ScanAsync(_bot);

        Assert.Equal(6, result.Sent);
        var channelPosts = ChannelPosts();
        Assert.Equal(
            ["19:barn-och-unga@thread.tacv2", "19:hemtjanst-norra@thread.tacv2", "19:lss-ekbacken@thread.tacv2"],
            channelPosts.Select(c => c.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>()).Order());
        Assert.All(channelPosts, c => Assert.Contains("Samverkan", c.VisibleText));
        var managerChats = _teams.Calls.Where(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == false).ToList();
        Assert.Equal(
            new[] { DemoOrganisation.People.AnnaBerg, DemoOrganisation.People.KarinHolm, DemoOrganisation.People.MatsJansson }.Order(),
            managerChats.Select(c => c.Body!["members"]![0]!["aadObjectId"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Running_the_scan_twice_sends_nothing_twice()
    {
        await ScanAsync(_bot);
        var afterFirst = _teams.Calls.Count;

        var second = await ScanAsync(_bot);
        var delivered = await DeliverAsync(_bot);

        Assert.Equal(0, second.Sent);
        Assert.Equal(0, delivered);
        Assert.Equal(afterFirst, _teams.Calls.Count);
        Assert.Equal(3, ChannelPosts().Count);
    }

    [Fact]
    public async Task Two_servers_scanning_at_once_send_each_nudge_once()
    {
        await using var second = StartBot(_bot.TablePrefix);

        await Task.WhenAll(ScanAsync(_bot), ScanAsync(second));

        Assert.Equal(3, ChannelPosts().Count);
        Assert.Equal(3, _teams.Calls.Count(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == false));
    }

    [Fact]
    public async Task Nothing_is_sent_on_a_weekend_and_it_goes_out_on_Monday_morning()
    {
        _clock.Now = ManualClock.Swedish(2026, 11, 22, 10, 0); // Sunday
        await using var sunday = StartBot();
        await PointTenantAtFakeTeamsAsync(sunday);

        var onSunday = await ScanAsync(sunday);
        Assert.True(onSunday.QuietHours);
        Assert.Empty(_teams.Calls);

        _clock.Now = ManualClock.Swedish(2026, 11, 23, 8, 5);
        var onMonday = await ScanAsync(sunday);

        // The stop was due on Sunday (posted Monday) and its reminder falls on Monday: three posts, six nudges.
        Assert.Equal(9, onMonday.Sent);
        Assert.Equal(3, ChannelPosts().Count);
    }

    [Fact]
    public async Task Nothing_is_sent_before_eight_and_after_five()
    {
        _clock.Now = ManualClock.Swedish(2026, 11, 23, 7, 30);
        Assert.Equal(0, (await ScanAsync(_bot)).Sent);
        _clock.Now = ManualClock.Swedish(2026, 11, 23, 17, 0);
        Assert.Equal(0, await DeliverAsync(_bot));
        Assert.Empty(_teams.Calls);
    }

    [Fact]
    public async Task Intents_left_by_a_crash_before_sending_are_sent_once_after_a_restart()
    {
        // The scan records its intents but cannot send (Teams refuses everything for now): like a crash between
        // recording the intent and sending.
        for (var i = 0; i < 6; i++)
        {
            _teams.AnswerNext(500);
        }

        var first = await ScanAsync(_bot);
        Assert.Equal(6, first.Intended);
        Assert.Equal(0, first.Sent);
        await _bot.DisposeAsync();

        await using var restarted = StartBot(_bot.TablePrefix);
        _clock.Now = _clock.Now.AddMinutes(15);
        var refusedCalls = _teams.Calls.Count;
        var delivered = await DeliverAsync(restarted);
        var again = await DeliverAsync(restarted);

        Assert.Equal(6, delivered);
        Assert.Equal(0, again);
        var afterRestart = _teams.Calls.Skip(refusedCalls).ToList();
        Assert.Equal(3, afterRestart.Count(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == true));
        Assert.Equal(3, afterRestart.Count(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == false));
    }

    private List<RecordedCall> ChannelPosts() =>
        _teams.Calls.Where(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == true).GroupBy(c => c.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>()).Select(g => g.Last()).ToList();

    private BotApp StartBot(string? tablePrefix = null)
    {
        var bot = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Demo:Seed"] = "true", ["Hangfire:ServerEnabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(_clock),
            tablePrefix);
        bot.StartServer();
        return bot;
    }

    private async Task PointTenantAtFakeTeamsAsync(BotApp bot)
    {
        var references = bot.Services.GetRequiredService<IConversationReferenceStore>();
        await references.SetServiceUrlAsync(DemoOrganisation.Tenant.Value, _teams.ServiceUrl, CancellationToken.None);
    }

    private static async Task<DueStopsJob.Result> ScanAsync(BotApp bot)
    {
        using var scope = bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DueStopsJob>().ScanAsync(CancellationToken.None);
    }

    private static async Task<int> DeliverAsync(BotApp bot)
    {
        using var scope = bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().RunAsync(CancellationToken.None);
    }
}
