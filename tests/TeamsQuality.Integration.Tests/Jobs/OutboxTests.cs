using System.Diagnostics;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Jobs;

/// <summary>
/// The one outbox every proactive message goes through, as people notice it: a reporter is never held up by someone
/// else's dead chat, a notice that cannot be delivered is tried again with growing waits and is then shown to the
/// quality developers, nothing is sent twice by two senders or a rerun, and nothing is lost when a sender dies.
/// Monday 23 November 2026, 09:00 Swedish time, with the demo organisation and a fake Teams.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OutboxTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string WhatHappened = "Brukaren i ärende SN 2026/118 fick inte sin insats på tre dagar.";
    private DemoTeams _demo = null!;

    private FakeTeamsChannel _teams => _demo.Teams;

    private ManualClock _clock => _demo.Clock;

    public async Task InitializeAsync()
    {
        // A short lease, so a hanging chat is cut off within the test; three attempts before giving up.
        _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0), new Dictionary<string, string?>
        {
            ["Outbox:Lease"] = "00:00:05",
            ["Outbox:MaxAttempts"] = "3",
        });
        await _demo.KnowChatsAsync("sv-SE", DemoOrganisation.People.AnnaBerg, DemoOrganisation.People.EvaSundberg, DemoOrganisation.People.JohanEk);
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_report_filed_while_the_managers_chat_hangs_gets_its_receipt_at_once_and_the_notice_goes_out_later()
    {
        JsonObject receipt;
        var waited = Stopwatch.StartNew();
        using (_teams.Refuse(c => c.Path == ChatOf(DemoOrganisation.People.AnnaBerg), 502, TimeSpan.FromSeconds(30)))
        {
            receipt = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "report.file", Filing("Missforhallande"));
            waited.Stop();

            // The quality developer and the deputy director are not held up by Anna's chat either.
            await _teams.WaitForCallAsync(c => c.Path == ChatOf(DemoOrganisation.People.JohanEk) && c.Card is not null);
            await _teams.WaitForCallAsync(c => c.Path == ChatOf(DemoOrganisation.People.EvaSundberg) && c.Card is not null);
            await IdleAsync();
        }

        Assert.Contains("LS-2026-0001", RecordedCall.VisibleTextOf(receipt));
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(3), $"The reporter waited {waited.Elapsed} for the receipt.");
        Assert.Contains(_teams.Calls, c => c.Path == ChatOf(DemoOrganisation.People.AnnaBerg) && c.Refused);
        Assert.Empty(CardsTo(DemoOrganisation.People.AnnaBerg));

        // Anna's chat works again: the outbox job sends the notice at its first run after the wait.
        _clock.Now = _clock.Now.AddMinutes(2);
        await RunOutboxAsync();

        var toAnna = Assert.Single(CardsTo(DemoOrganisation.People.AnnaBerg));
        Assert.Contains("LS-2026-0001", toAnna.VisibleText);
        Assert.DoesNotContain("SN 2026/118", toAnna.VisibleText, StringComparison.Ordinal);
        Assert.Equal(0, await RunOutboxAsync());
    }

    [Fact]
    public async Task A_recipient_that_keeps_failing_is_tried_again_with_growing_waits_and_then_the_quality_developers_are_told()
    {
        using var dead = _teams.Refuse(c => c.Path == ChatOf(DemoOrganisation.People.AnnaBerg), 403);

        // A deviation (not lex Sarah) reaches the manager only.
        await _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, "report.file", Filing("Avvikelse"));
        await IdleAsync();
        Assert.Equal(1, AttemptsTo(DemoOrganisation.People.AnnaBerg));

        await RunOutboxAsync();
        Assert.Equal(1, AttemptsTo(DemoOrganisation.People.AnnaBerg)); // not again before the first wait (a minute)

        _clock.Now = _clock.Now.AddMinutes(1.5);
        await RunOutboxAsync();
        Assert.Equal(2, AttemptsTo(DemoOrganisation.People.AnnaBerg));

        _clock.Now = _clock.Now.AddMinutes(1);
        await RunOutboxAsync();
        Assert.Equal(2, AttemptsTo(DemoOrganisation.People.AnnaBerg)); // the wait has doubled

        _clock.Now = _clock.Now.AddMinutes(2);
        await RunOutboxAsync();
        Assert.Equal(3, AttemptsTo(DemoOrganisation.People.AnnaBerg)); // the third and last attempt

        var told = Assert.Single(CardsTo(DemoOrganisation.People.JohanEk));
        Assert.Contains("1 meddelande kunde inte levereras", told.VisibleText);
        Assert.Contains("Anna Berg", told.VisibleText);
        Assert.Contains("AV-2026-0001", told.VisibleText);
        Assert.DoesNotContain("SN 2026/118", told.VisibleText, StringComparison.Ordinal);
        var listed = Assert.Single(await _demo.Services.GetRequiredService<OutboxStore>().FailedAsync(DemoOrganisation.Tenant, 10, CancellationToken.None));
        Assert.Equal((OutboxTarget.PersonKind, DemoOrganisation.People.AnnaBerg, nameof(NoticeKind.ReportFiled)), (listed.Target.Kind, listed.Target.Id, listed.Kind));

        // The card's button lists what could not be delivered, for the quality developers only.
        var list = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "outbox.failed", new JsonObject()));
        Assert.Contains("Anna Berg", list);
        Assert.Contains("AV-2026-0001", list);
        var refused = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "outbox.failed", new JsonObject()));
        Assert.DoesNotContain("Anna Berg", refused);

        // Given up: no more attempts, and the quality developer is told once.
        _clock.Now = _clock.Now.AddHours(3);
        await RunOutboxAsync();
        Assert.Equal(3, AttemptsTo(DemoOrganisation.People.AnnaBerg));
        Assert.Single(CardsTo(DemoOrganisation.People.JohanEk));
    }

    [Fact]
    public async Task A_new_lex_Sarah_report_at_night_is_told_at_once_but_a_deviation_waits_for_the_working_day()
    {
        _clock.Now = ManualClock.Swedish(2026, 11, 23, 22, 0);

        await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "report.file", Filing("Missforhallande"));
        await _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, "report.file", Filing("Avvikelse"));
        await IdleAsync();
        _clock.Now = _clock.Now.AddMinutes(30);
        await RunOutboxAsync();

        Assert.Contains(CardsTo(DemoOrganisation.People.AnnaBerg), c => c.VisibleText.Contains("LS-2026-0001", StringComparison.Ordinal));
        Assert.DoesNotContain(CardsTo(DemoOrganisation.People.AnnaBerg), c => c.VisibleText.Contains("AV-2026-0001", StringComparison.Ordinal));

        _clock.Now = ManualClock.Swedish(2026, 11, 24, 8, 1);
        await RunOutboxAsync();
        Assert.Contains(CardsTo(DemoOrganisation.People.AnnaBerg), c => c.VisibleText.Contains("AV-2026-0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_senders_at_once_send_each_message_once()
    {
        for (var i = 1; i <= 12; i++)
        {
            await RecordNoticeAsync(DemoOrganisation.People.EvaSundberg, $"test~{i}", $"Meddelande {i}");
        }

        await using var second = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Demo:Seed"] = "false", ["Hangfire:ServerEnabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(_clock),
            _demo.Bot.TablePrefix);
        second.StartServer();

        var sent = await Task.WhenAll(RunOutboxAsync(_demo.Bot), RunOutboxAsync(second), RunOutboxAsync(_demo.Bot));

        Assert.Equal(12, sent.Sum());
        var texts = CardsTo(DemoOrganisation.People.EvaSundberg).Select(c => c.VisibleText).ToList();
        Assert.Equal(12, texts.Count);
        Assert.Equal(12, texts.Distinct().Count());
    }

    [Fact]
    public async Task The_same_message_recorded_twice_at_once_is_sent_once()
    {
        var recorded = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RecordNoticeAsync(DemoOrganisation.People.EvaSundberg, "test~once", "Bara en gång")));

        Assert.Equal(1, recorded.Count(r => r));
        Assert.Equal(1, await RunOutboxAsync());
        Assert.Single(CardsTo(DemoOrganisation.People.EvaSundberg));
    }

    [Fact]
    public async Task A_sender_that_died_holding_a_message_leaves_it_to_be_sent_when_its_lease_ends()
    {
        await RecordNoticeAsync(DemoOrganisation.People.EvaSundberg, "test~died", "Efter kraschen");
        var store = _demo.Services.GetRequiredService<OutboxStore>();
        var now = _clock.GetUtcNow();
        var pending = Assert.Single(await store.DueAsync(DemoOrganisation.Tenant, now, 10, CancellationToken.None));
        Assert.NotNull(await store.TryClaimAsync(DemoOrganisation.Tenant, pending, now, now.AddMinutes(10), CancellationToken.None)); // and then it died

        Assert.Equal(0, await RunOutboxAsync());
        Assert.Empty(CardsTo(DemoOrganisation.People.EvaSundberg));

        _clock.Now = _clock.Now.AddMinutes(11);
        Assert.Equal(1, await RunOutboxAsync());
        Assert.Equal(0, await RunOutboxAsync());
        Assert.Single(CardsTo(DemoOrganisation.People.EvaSundberg));
    }

    [Fact]
    public async Task A_sender_that_died_after_Teams_took_the_message_but_before_marking_it_sends_it_again_at_least_once()
    {
        // The README's guarantee is "at least once, nothing lost": Teams cannot be asked whether a message arrived.
        await RecordNoticeAsync(DemoOrganisation.People.EvaSundberg, "test~twice", "Minst en gång");
        var store = _demo.Services.GetRequiredService<OutboxStore>();
        var now = _clock.GetUtcNow();
        var pending = Assert.Single(await store.DueAsync(DemoOrganisation.Tenant, now, 10, CancellationToken.None));
        var claimed = await store.TryClaimAsync(DemoOrganisation.Tenant, pending, now, now.AddMinutes(10), CancellationToken.None);
        using (var scope = _demo.Services.CreateScope())
        {
            var activity = System.Text.Json.JsonSerializer.Deserialize<TeamsQuality.Teams.Activities.Activity>(claimed!.Activity, BotJson.Options)!;
            Assert.True((await scope.ServiceProvider.GetRequiredService<ProactiveMessenger>().SendToPersonAsync(DemoOrganisation.Tenant.Value, DemoOrganisation.People.EvaSundberg, activity, CancellationToken.None)).Delivered);
        }

        _clock.Now = _clock.Now.AddMinutes(11);
        Assert.Equal(1, await RunOutboxAsync());

        Assert.Equal(2, CardsTo(DemoOrganisation.People.EvaSundberg).Count);
        Assert.Equal(OutboxStatus.Sent, (await store.FindAsync(DemoOrganisation.Tenant, "test~twice", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_tenant_whose_outbox_cannot_be_read_does_not_stop_the_others()
    {
        // Another tenant, listed first, with a pending row that cannot be read: its delivery fails every run.
        const string broken = "00000000-0000-4000-8000-0000000000b1";
        var store = _demo.Services.GetRequiredService<TableStore>();
        await (await store.GetAsync(TableKeys.TenantsTable, CancellationToken.None)).UpsertEntityAsync(new TableEntity(TableKeys.TenantPartition(broken), TableKeys.TenantRow) { ["TenantId"] = broken });
        await (await store.GetAsync(TableKeys.OutboxTable, CancellationToken.None)).UpsertEntityAsync(
            new TableEntity(TableKeys.OutboxPartition(broken), TableKeys.OutboxPendingRow(_clock.GetUtcNow().AddMinutes(-1), "trasig")) { ["Key"] = "trasig", ["Due"] = "inte en tid", ["Attempts"] = "många" });
        await RecordNoticeAsync(DemoOrganisation.People.EvaSundberg, "test~others", "De andra fortsätter");

        Assert.Equal(1, await RunOutboxAsync());
        Assert.Single(CardsTo(DemoOrganisation.People.EvaSundberg));
    }

    [Fact]
    public async Task The_channel_post_of_a_stop_can_be_found_and_updated_in_place_with_the_latest_card()
    {
        using (var scope = _demo.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DueStopsJob>().ScanAsync(CancellationToken.None);
        }

        var outbox = _demo.Services.GetRequiredService<Outbox>();
        var postKey = StopOutboxKeys.ChannelPost(new StopKey(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, 2027, 1));
        var post = await outbox.FindAsync(DemoOrganisation.Tenant, postKey, CancellationToken.None);
        Assert.Equal(OutboxStatus.Sent, post!.Status);
        var posted = Assert.Single(_teams.Calls, c => c.Path == "/v3/conversations" && c.Body!["channelData"]?["channel"]?["id"]?.GetValue<string>() == "19:hemtjanst-norra@thread.tacv2");
        Assert.Contains("Samverkan", posted.VisibleText);
        Assert.StartsWith("19:thread-", post.ConversationId);
        Assert.NotNull(post.ActivityId);

        await outbox.UpdatePostAsync(DemoOrganisation.Tenant, postKey, NoticeCard.Build(UiLanguage.Swedish, "Hållplatsen är startad", isError: false), CancellationToken.None);
        await outbox.UpdatePostAsync(DemoOrganisation.Tenant, postKey, NoticeCard.Build(UiLanguage.Swedish, "Hållplatsen är klar", isError: false), CancellationToken.None);
        await RunOutboxAsync();

        var update = Assert.Single(_teams.Calls, c => c.Method == "PUT");
        Assert.Equal($"/v3/conversations/{post.ConversationId}/activities/{post.ActivityId}", update.Path);
        Assert.Contains("Hållplatsen är klar", update.VisibleText);
    }

    [Fact]
    public async Task An_update_recorded_while_its_post_waits_for_the_working_day_waits_with_it_and_follows_it()
    {
        // At night a card for the channel waits for the working day; its update is recorded before it goes out.
        _clock.Now = ManualClock.Swedish(2026, 11, 23, 20, 0);
        var outbox = _demo.Services.GetRequiredService<Outbox>();
        const string postKey = "test~night-post";
        Assert.True(await outbox.PostToChannelAsync(
            DemoOrganisation.Tenant, "19:hemtjanst-norra@thread.tacv2", postKey, NoticeKind.StopDue, NoticeCard.Build(UiLanguage.Swedish, "Kortet som det var", isError: false), CancellationToken.None));
        await outbox.UpdatePostAsync(DemoOrganisation.Tenant, postKey, NoticeCard.Build(UiLanguage.Swedish, "Kortet som det är nu", isError: false), CancellationToken.None);

        _clock.Now = _clock.Now.AddMinutes(5);
        Assert.Equal(0, await RunOutboxAsync());
        Assert.DoesNotContain(_teams.Calls, c => c.VisibleText.Contains("Kortet som det", StringComparison.Ordinal));

        // The update is put back until its post is due, not taken up again by every run of the night.
        var update = await outbox.FindAsync(DemoOrganisation.Tenant, Outbox.UpdateKeyOf(postKey), CancellationToken.None);
        Assert.True(update!.WaitsUntil >= ManualClock.Swedish(2026, 11, 24, 8, 0), $"The update waits until {update.WaitsUntil}.");
        Assert.Equal(0, update.Attempts);

        // The working day: the card is posted, then updated in place with the latest card.
        _clock.Now = ManualClock.Swedish(2026, 11, 24, 8, 1);
        for (var run = 0; run < 4 && !_teams.Calls.Any(c => c.Method == "PUT"); run++)
        {
            await RunOutboxAsync();
            _clock.Now = _clock.Now.AddMinutes(2);
        }

        var post = await outbox.FindAsync(DemoOrganisation.Tenant, postKey, CancellationToken.None);
        var posted = Assert.Single(_teams.Calls, c => c.Method == "POST" && c.VisibleText.Contains("Kortet som det", StringComparison.Ordinal));
        Assert.Contains("Kortet som det var", posted.VisibleText);
        var put = Assert.Single(_teams.Calls, c => c.Method == "PUT");
        Assert.Equal($"/v3/conversations/{post!.ConversationId}/activities/{post.ActivityId}", put.Path);
        Assert.Contains("Kortet som det är nu", put.VisibleText);
        Assert.True(put.At > posted.At);
    }

    private List<RecordedCall> CardsTo(string personId) => _demo.CardsTo(personId);

    private int AttemptsTo(string personId) => _teams.Calls.Count(c => c.Path == ChatOf(personId));

    private Task<bool> RecordNoticeAsync(string personId, string key, string text) =>
        _demo.Services.GetRequiredService<Outbox>().SendToPersonAsync(
            DemoOrganisation.Tenant, personId, key, NoticeKind.ReportStatus, language => NoticeCard.Build(language, text, isError: false), CancellationToken.None);

    private Task IdleAsync() => _demo.IdleAsync();

    private Task<int> RunOutboxAsync() => RunOutboxAsync(_demo.Bot);

    private static async Task<int> RunOutboxAsync(BotApp bot)
    {
        using var scope = bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().RunAsync(CancellationToken.None);
    }

    private static JsonObject Filing(string kind) => new()
    {
        ["reportKind"] = kind,
        ["reportUnit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["whatHappened"] = WhatHappened,
        ["occurredDate"] = "2026-11-20",
        ["occurredTime"] = "14:30",
        ["immediateMeasures"] = "Vi larmade sjuksköterskan direkt.",
    };
}
