using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;
using TeamsQuality.Teams.Storage;

namespace TeamsQuality.Integration.Tests.Stops;

/// <summary>
/// The stop's card in the unit's channel stays current for everyone: the due scan posts it, and as the stop starts,
/// moves on to the next step and finishes, the bot updates that same message in place (PUT on its activity id);
/// a start from anywhere is announced in the channel; and each viewer gets their own current view by Universal
/// Actions refresh. On Monday 23 November 2026 stop 1 Samverkan is due for Hemtjänst Norra.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StopChannelCardTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Year = 2027;
    private const string Channel = "19:hemtjanst-norra@thread.tacv2";
    private DemoTeams _demo = null!;

    private FakeTeamsChannel Teams => _demo.Teams;

    /// <summary>The conversation references, with a way to act in the middle of the due scan (which reads them between the stops and the recording).</summary>
    private readonly HookedReferences _references = new();

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0), services: services =>
        services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore>(sp => _references.Over(ActivatorUtilities.CreateInstance<ConversationReferenceStore>(sp)))));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task The_posted_card_is_updated_in_place_when_the_stop_starts_moves_on_and_finishes()
    {
        var post = await PostDueCardAsync();
        var thread = ThreadOf(post);
        Assert.Contains("Starta hållplatsen", post.VisibleText);

        // Anna starts it from the card: the card in the channel says so for everyone, and offers no start any more.
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1));
        var started = await UpdateOfAsync(thread, "Påbörjad av Anna Berg – steg 1 av 4");
        Assert.DoesNotContain("Starta hållplatsen", started.VisibleText);
        Assert.Contains("Öppna hållplatsen", started.VisibleText);

        // Its refresh gives each of the unit's people their own view; Anna's Teams id is known from her 1:1 chat.
        var refresh = started.Card!["refresh"]!;
        Assert.Equal("stop.refresh", refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Contains("29:" + DemoOrganisation.People.AnnaBerg, refresh["userIds"]!.AsArray().Select(id => id!.GetValue<string>()));

        // Someone else browsing ahead does not move the unit; Anna going on to step 2 does, and the card follows.
        await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.open", StopData(step: 3));
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 2));
        var moved = await UpdateOfAsync(thread, "Påbörjad av Anna Berg – steg 2 av 4");
        Assert.Equal(2, OpenButton(moved.Card!)["step"]!.GetValue<int>());
        Assert.DoesNotContain(Updates(thread), u => u.VisibleText.Contains("steg 3 av 4", StringComparison.Ordinal));

        // She finishes: the card says Klar with the bedömning, and leads to the summary.
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.finish", DemoTeams.With(StopData(step: 4), ("needsAction", "nej"), ("trend", "Oforandrad")));
        var finished = await UpdateOfAsync(thread, "Klar – avslutad av Anna Berg");
        Assert.Contains("Inga åtgärder behövs", finished.VisibleText);
        Assert.DoesNotContain("Starta hållplatsen", finished.VisibleText);
        Assert.Contains("Visa sammanfattningen", finished.VisibleText);

        // Erik's view of the card, refreshed by his Teams, is now how the stop ended.
        var eriks = RecordedCall.VisibleTextOf(await RefreshAsync(DemoOrganisation.People.ErikLund, StopData(step: null), "sv-SE"));
        Assert.Contains("Hållplats 1: Samverkan är klar", eriks);
        Assert.DoesNotContain("Starta hållplatsen", eriks);

        // Every update was of the one posted message; the start was announced once.
        await _demo.IdleAsync();
        Assert.All(Updates(thread), u => Assert.Equal("PUT", u.Method));
        Assert.Equal(3, Updates(thread).Count);
        Assert.Single(Notices("Anna Berg har startat hållplats 1: Samverkan"));
    }

    [Fact]
    public async Task A_stop_started_from_the_stop_list_is_announced_in_the_channel()
    {
        // No due card yet: Anna writes "hållplatser" in her chat and presses "Starta nu" on stop 1.
        await _demo.WriteAsync(DemoOrganisation.People.AnnaBerg, "hållplatser");
        var list = await Teams.WaitForCallAsync(c => c.Card is not null && c.VisibleText.Contains("Starta nu", StringComparison.Ordinal));
        var startNow = DemoTeams.Descendants(list.Card!).First(o => o["title"]?.GetValue<string>() == "Starta nu")["data"]!.AsObject();
        Assert.Equal(1, startNow["stop"]!.GetValue<int>());

        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", startNow);
        await _demo.IdleAsync();

        // The channel hears who started which stop, with a button that opens it; nothing anyone wrote is on it.
        var notice = Assert.Single(Notices("Anna Berg har startat hållplats 1: Samverkan"));
        Assert.Equal(Channel, notice.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("stop.open", DemoTeams.Descendants(notice.Card!).Single(o => o["type"]?.GetValue<string>() == "Action.Execute")["verb"]!.GetValue<string>());
        Assert.DoesNotContain(Teams.Calls, c => c.Method == "PUT");
    }

    [Fact]
    public async Task A_colleagues_first_contribution_starts_the_stop_and_is_announced_with_her_name_only()
    {
        const string text = "Kvällspasset vet inte vem på hemsjukvården de ska ringa.";
        await _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, "stop.contribute", DemoTeams.With(StopData(step: 1), ("contribution", text)));
        await _demo.IdleAsync();

        var notice = Assert.Single(Notices("Fatima Hassan har startat hållplats 1: Samverkan"));
        Assert.DoesNotContain(text, notice.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_while_the_channel_cannot_be_reached_reaches_the_channel_when_it_can()
    {
        var thread = ThreadOf(await PostDueCardAsync());

        // Teams refuses everything for the channel while Anna starts the stop: she gets her step card all the same.
        JsonObject annas;
        using (Teams.Refuse(IsChannelCall, 502))
        {
            annas = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1));
            await _demo.IdleAsync();
        }

        Assert.Contains("Steg 1 av 4", RecordedCall.VisibleTextOf(annas));
        Assert.Contains(Teams.Calls, c => c.Refused && c.Method == "PUT");
        Assert.Empty(Updates(thread));
        Assert.Empty(Notices("Anna Berg har startat hållplats 1: Samverkan"));

        // The channel works again: the outbox's next run after the wait brings the card up to date and tells the channel.
        _demo.Clock.Now = _demo.Clock.Now.AddMinutes(3);
        await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));

        var started = Assert.Single(Updates(thread));
        Assert.Contains("Påbörjad av Anna Berg – steg 1 av 4", started.VisibleText);
        Assert.DoesNotContain("Starta hållplatsen", started.VisibleText);
        Assert.Single(Notices("Anna Berg har startat hållplats 1: Samverkan"));

        // Once: a later run sends nothing again.
        Assert.Equal(0, await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None)));
        Assert.Single(Updates(thread));
    }

    [Fact]
    public async Task A_start_before_the_due_card_has_gone_out_reaches_the_card_right_after_it_is_posted()
    {
        // Teams refuses the channel when the due scan tries to post the card, and Anna starts the stop meanwhile.
        using (Teams.Refuse(IsChannelCall, 502))
        {
            using (var scope = _demo.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<DueStopsJob>().ScanAsync(CancellationToken.None);
            }

            await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1));
            await _demo.IdleAsync();
        }

        Assert.Contains(Teams.Calls, c => IsDueCard(c) && c.Refused);
        Assert.DoesNotContain(Teams.Calls, c => IsChannelCall(c) && !c.Refused);

        // The channel works again: the outbox's next runs post the card and then bring it up to date in place.
        for (var run = 0; run < 4 && !Teams.Calls.Any(c => c.Method == "PUT" && !c.Refused); run++)
        {
            _demo.Clock.Now = _demo.Clock.Now.AddMinutes(3);
            await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));
        }

        var post = Assert.Single(Teams.Calls, c => IsDueCard(c) && !c.Refused);
        var update = Assert.Single(Updates(ThreadOf(post)));
        Assert.True(update.At > post.At, "The card's update reached Teams before the card itself.");
        Assert.Contains("Påbörjad av Anna Berg – steg 1 av 4", update.VisibleText);
        Assert.DoesNotContain("Starta hållplatsen", update.VisibleText);
        Assert.Single(Teams.Calls, c => c.Method == "PUT" && !c.Refused);
        Assert.Single(Notices("Anna Berg har startat hållplats 1: Samverkan"));
    }

    [Fact]
    public async Task A_start_while_the_due_scan_makes_the_card_reaches_the_card_as_well()
    {
        // Anna starts the stop after the scan read it and before the scan recorded its card: the card is made as the
        // stop was, and her start finds no card to update yet. (Nothing else reads the references meanwhile: the
        // deliveries the seed started are done.)
        await _demo.IdleAsync();
        _references.BeforeTenantRead = () => _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1));
        var post = await PostDueCardAsync();
        Assert.Null(_references.BeforeTenantRead);
        Assert.Contains("Starta hållplatsen", post.VisibleText);

        // The scan sees the start before it is done: the card is brought up to date right after it is posted.
        for (var run = 0; run < 4 && Updates(ThreadOf(post)).Count == 0; run++)
        {
            _demo.Clock.Now = _demo.Clock.Now.AddMinutes(3);
            await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));
        }

        var update = Assert.Single(Updates(ThreadOf(post)));
        Assert.Contains("Påbörjad av Anna Berg – steg 1 av 4", update.VisibleText);
        Assert.DoesNotContain("Starta hållplatsen", update.VisibleText);
    }

    [Fact]
    public async Task A_card_whose_place_only_the_stop_kept_from_before_the_outbox_is_still_updated_in_place_and_not_posted_again()
    {
        // Posted before the outbox kept where each card went: only the stop's own rows say where it is.
        const string conversation = "19:hemtjanst-norra@thread.tacv2;messageid=1732000000000";
        const string activity = "1732000000000";
        var tables = _demo.Services.GetRequiredService<TableStore>();
        await (await tables.GetAsync(TableKeys.LearningStopsTable, CancellationToken.None)).UpsertEntityAsync(
            new TableEntity(TableKeys.UnitYearPartition(DemoOrganisation.Tenant.Value, DemoOrganisation.Units.HemtjanstNorra, Year), TableKeys.StopChannelPostRow(1))
            {
                ["Kind"] = "channel-post",
                ["TeamsChannelId"] = Channel,
                ["ConversationId"] = conversation,
                ["ActivityId"] = activity,
                ["PostedAt"] = _demo.Clock.Now.AddDays(-1),
            });
        var thread = (conversation, activity);

        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1));
        Assert.Contains("Påbörjad av Anna Berg – steg 1 av 4", (await UpdateOfAsync(thread, "Påbörjad av Anna Berg")).VisibleText);
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 2));
        await UpdateOfAsync(thread, "Påbörjad av Anna Berg – steg 2 av 4");

        // The card is the outbox's now: the due scan of its day records it once, so it is not posted a second time.
        var post = await _demo.Services.GetRequiredService<Outbox>().FindAsync(
            DemoOrganisation.Tenant, StopOutboxKeys.ChannelPost(new StopKey(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, Year, 1)), CancellationToken.None);
        Assert.Equal((OutboxStatus.Sent, conversation, activity), (post!.Status, post.ConversationId, post.ActivityId));
        using (var scope = _demo.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DueStopsJob>().ScanAsync(CancellationToken.None);
        }

        await _demo.IdleAsync();
        Assert.DoesNotContain(Teams.Calls, IsDueCard);
        Assert.Equal(2, Updates(thread).Count);
    }

    [Fact]
    public async Task Each_viewer_refreshes_to_their_own_current_view()
    {
        await PostDueCardAsync();
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1));
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 2));

        // Erik's Teams refreshes the channel's card by itself: he sees the step the unit is in, where he can contribute.
        var eriks = RecordedCall.VisibleTextOf(await RefreshAsync(DemoOrganisation.People.ErikLund, StopData(step: null), "sv-SE"));
        Assert.Contains("Steg 2 av 4 – Orsaksanalys", eriks);
        Assert.DoesNotContain("Starta hållplatsen", eriks);

        // Johan (quality developer) follows the unit without taking part: the channel's card, in his English.
        var johans = RecordedCall.VisibleTextOf(await RefreshAsync(DemoOrganisation.People.JohanEk, StopData(step: null), "en-US"));
        Assert.Contains("Påbörjad (started) by Anna Berg – step 2 of 4", johans);

        // Erik adds to step 2; Anna's step card shows it when she refreshes it (the Uppdatera button, or Teams by itself).
        const string text = "Kontaktlistan finns bara i dagpassets pärm.";
        await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.contribute", DemoTeams.With(StopData(step: 2), ("contribution", text)));
        var annas = await RefreshAsync(DemoOrganisation.People.AnnaBerg, StopData(step: 2), "sv-SE");
        Assert.Contains(text, RecordedCall.VisibleTextOf(annas));
        var refresh = annas["refresh"]!;
        Assert.Equal(2, refresh["action"]!["data"]!["step"]!.GetValue<int>());
        Assert.Equal(["29:" + DemoOrganisation.People.AnnaBerg], refresh["userIds"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Contains(DemoTeams.Descendants(annas), o => o["verb"]?.GetValue<string>() == "stop.refresh" && o["title"]?.GetValue<string>() == "Uppdatera");
    }

    private async Task<RecordedCall> PostDueCardAsync()
    {
        using (var scope = _demo.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DueStopsJob>().ScanAsync(CancellationToken.None);
        }

        return await Teams.WaitForCallAsync(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == true
            && c.Body["channelData"]!["channel"]!["id"]!.GetValue<string>() == Channel && c.VisibleText.Contains("Dags för hållplats", StringComparison.Ordinal));
    }

    /// <summary>Where Teams put the posted card: its thread (conversation) and message (activity) ids.</summary>
    private static (string ConversationId, string ActivityId) ThreadOf(RecordedCall post) =>
        (post.Response!["id"]!.GetValue<string>(), post.Response["activityId"]!.GetValue<string>());

    /// <summary>The updates Teams took of the posted card (not those it refused).</summary>
    private List<RecordedCall> Updates((string ConversationId, string ActivityId) thread) =>
        Teams.Calls.Where(c => c.Path == $"/v3/conversations/{thread.ConversationId}/activities/{thread.ActivityId}" && !c.Refused).ToList();

    private Task<RecordedCall> UpdateOfAsync((string ConversationId, string ActivityId) thread, string text) =>
        Teams.WaitForCallAsync(c => c.Method == "PUT" && c.Path == $"/v3/conversations/{thread.ConversationId}/activities/{thread.ActivityId}" && c.VisibleText.Contains(text, StringComparison.Ordinal));

    /// <summary>The new threads Teams took in a channel with this text (not those it refused).</summary>
    private List<RecordedCall> Notices(string text) =>
        Teams.Calls.Where(c => IsChannelCall(c) && c.Method == "POST" && !c.Refused && c.VisibleText.Contains(text, StringComparison.Ordinal)).ToList();

    /// <summary>A new thread in a channel, or an update of a message in one (the 1:1 chats are the other calls).</summary>
    private static bool IsChannelCall(RecordedCall call) =>
        (call.Path == "/v3/conversations" && call.Body?["isGroup"]?.GetValue<bool>() == true) || call.Method == "PUT";

    /// <summary>A due card posted (or tried) as a new thread in Hemtjänst Norra's channel.</summary>
    private static bool IsDueCard(RecordedCall call) =>
        call.Path == "/v3/conversations" && call.Body?["isGroup"]?.GetValue<bool>() == true
        && call.Body["channelData"]?["channel"]?["id"]?.GetValue<string>() == Channel && call.VisibleText.Contains("Dags för hållplats", StringComparison.Ordinal);

    private static JsonObject OpenButton(JsonObject card) =>
        DemoTeams.Descendants(card).Single(o => o["verb"]?.GetValue<string>() == "stop.open")["data"]!.AsObject();

    /// <summary>The refresh Teams sends by itself when the card is shown to someone its refresh lists (trigger automatic).</summary>
    private async Task<JsonObject> RefreshAsync(string personId, JsonObject data, string locale)
    {
        var invoke = TeamsActivities.Execute(Teams.ServiceUrl, "stop.refresh", "card-1", personId, locale);
        invoke["value"]!["action"]!["data"] = data;
        invoke["value"]!["trigger"] = "automatic";
        var response = await _demo.Client.PostAsJsonAsync("/api/messages", invoke);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["value"] as JsonObject ?? throw new InvalidOperationException($"No card came back: {body}");
    }

    private static JsonObject StopData(int? step)
    {
        var data = new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra, ["year"] = Year, ["stop"] = 1 };
        if (step is { } s)
        {
            data["step"] = s;
        }

        return data;
    }

    /// <summary>The bot's conversation reference store, that runs a test's action once before the next read of a whole tenant's references.</summary>
    private sealed class HookedReferences : IConversationReferenceStore
    {
        private IConversationReferenceStore _inner = null!;
        private Func<Task>? _beforeTenantRead;

        public Func<Task>? BeforeTenantRead
        {
            get => Volatile.Read(ref _beforeTenantRead);
            set => Volatile.Write(ref _beforeTenantRead, value);
        }

        public HookedReferences Over(IConversationReferenceStore inner)
        {
            _inner = inner;
            return this;
        }

        public async Task<TenantConversations> ListTenantAsync(string tenantId, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _beforeTenantRead, null) is { } action)
            {
                await action();
            }

            return await _inner.ListTenantAsync(tenantId, cancellationToken);
        }

        public Task RememberAsync(ConversationReference reference, CancellationToken cancellationToken) => _inner.RememberAsync(reference, cancellationToken);

        public Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) => _inner.FindPersonalAsync(tenantId, aadObjectId, cancellationToken);

        public Task<ConversationReference?> FindChannelAsync(string tenantId, string teamsChannelId, CancellationToken cancellationToken) => _inner.FindChannelAsync(tenantId, teamsChannelId, cancellationToken);

        public Task<string?> FindServiceUrlAsync(string tenantId, CancellationToken cancellationToken) => _inner.FindServiceUrlAsync(tenantId, cancellationToken);

        public Task SetServiceUrlAsync(string tenantId, string serviceUrl, CancellationToken cancellationToken) => _inner.SetServiceUrlAsync(tenantId, serviceUrl, cancellationToken);
    }
}
