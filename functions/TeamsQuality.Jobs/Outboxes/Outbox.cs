using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Jobs.Outboxes;

/// <summary>The "Outbox" configuration: how the sender retries, and when it gives up.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Attempts before a message is given up on and the quality developers are told.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; it doubles after each (with jitter) up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a sender holds a message it is sending; a send is cut off before the lease ends.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Try to deliver right after a turn recorded something, in the background (the worker job sends the rest).</summary>
    public bool SendImmediately { get; set; } = true;

    /// <summary>
    /// Whether a 1:1 notice that asks the person to act also puts a neutral line in their Teams activity feed (through
    /// Microsoft Graph); a tenant's own <c>Tenants:&lt;id&gt;:ActivityFeed</c> wins. Off by default: the chat message alone
    /// already notifies in Teams.
    /// </summary>
    public bool ActivityFeed { get; set; }
}

/// <summary>
/// The one way the bot writes to people and channels without being asked: a card to a person's 1:1 chat, a card as a
/// new thread in a channel, or an update of a card posted earlier. Each message is recorded in the outbox first (under
/// an idempotency key: recording the same key again does nothing) and sent by <see cref="OutboxDeliveryJob"/>, with
/// backoff after failures; what cannot be delivered is shown to the quality developers. Nothing here waits for Teams:
/// after a turn, <see cref="DeliverSoon"/> starts an attempt in the background.
/// </summary>
public sealed class Outbox(OutboxStore store, IConversationReferenceStore references, ImmediateDelivery immediate, TenantPolicies tenants, TimeProvider time)
{
    /// <summary>
    /// Records a card for a person's 1:1 chat, built in their language (their Teams locale as last seen); false when
    /// a message with this key was recorded before.
    /// </summary>
    /// <param name="anyHour">Send it at any hour (a new lex Sarah report); otherwise it waits for working hours.</param>
    /// <param name="about">What it is about without sensitive content (a reference), for the list of what could not be delivered.</param>
    public async Task<bool> SendToPersonAsync(
        TenantId tenant, string personId, string key, NoticeKind kind, Func<UiLanguage, AdaptiveCard> card, CancellationToken cancellationToken,
        bool anyHour = false, string? about = null)
    {
        var language = await LanguageOfAsync(tenant, personId, cancellationToken);
        return await store.RecordAsync(tenant, Intent(tenant, key, OutboxTarget.Person(personId), kind, card(language), anyHour, about), time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Records a card to post as a new thread in a Teams channel; false when a message with this key was recorded before.</summary>
    public Task<bool> PostToChannelAsync(
        TenantId tenant, string teamsChannelId, string key, NoticeKind kind, AdaptiveCard card, CancellationToken cancellationToken,
        bool anyHour = false, string? about = null) =>
        store.RecordAsync(tenant, Intent(tenant, key, OutboxTarget.Channel(teamsChannelId), kind, card, anyHour, about), time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Records that the card posted under <paramref name="postKey"/> should now show <paramref name="card"/>, for everyone
    /// who sees it. The latest call wins; an update waits until the post itself has gone out. Goes out at any hour: it
    /// follows what people are doing now.
    /// </summary>
    public Task UpdatePostAsync(TenantId tenant, string postKey, AdaptiveCard card, CancellationToken cancellationToken, string? about = null) =>
        store.RecordLatestAsync(tenant, Intent(tenant, UpdateKeyOf(postKey), OutboxTarget.UpdateOf(postKey), NoticeKind.CardUpdate, card, anyHour: true, about), time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Records a card that was posted to a channel without the outbox (before it existed), with where Teams put it, so
    /// <see cref="UpdatePostAsync"/> with its key updates it like any other post; false when the key was recorded before.
    /// </summary>
    public Task<bool> RecordPostedAsync(
        TenantId tenant, string key, string teamsChannelId, NoticeKind kind, string conversationId, string activityId, DateTimeOffset postedAt,
        CancellationToken cancellationToken, string? about = null) =>
        store.RecordSentAsync(tenant, key, OutboxTarget.Channel(teamsChannelId), kind.ToString(), about, conversationId, activityId, postedAt, time.GetUtcNow(), cancellationToken);

    /// <summary>The message recorded under a key: whether it was sent, and as which conversation and activity.</summary>
    public Task<OutboxMessage?> FindAsync(TenantId tenant, string key, CancellationToken cancellationToken) => store.FindAsync(tenant, key, cancellationToken);

    /// <summary>Tries to deliver the tenant's outbox now, in the background; the caller does not wait.</summary>
    public void DeliverSoon(TenantId tenant) => immediate.Kick(tenant);

    /// <summary>A message to record with others in one go (<see cref="RecordAllAsync"/>), listed under a group.</summary>
    public OutboxIntent Intent(TenantId tenant, string key, OutboxTarget target, NoticeKind kind, AdaptiveCard card, bool anyHour, string? about, string? group = null) =>
        Intent(tenant, key, target, kind, card.ToJson(), anyHour, about, group);

    private OutboxIntent Intent(TenantId tenant, string key, OutboxTarget target, NoticeKind kind, JsonObject card, bool anyHour, string? about, string? group = null) =>
        new(key, target, kind.ToString(), about, JsonSerializer.Serialize(Activity.Message(null, Attachment.AdaptiveCard(card)), BotJson.Options), anyHour, FirstSendTime(tenant, anyHour), group);

    /// <summary>Records many messages (each once); returns how many were new.</summary>
    public Task<int> RecordAllAsync(TenantId tenant, IEnumerable<OutboxIntent> intents, CancellationToken cancellationToken) =>
        store.RecordAllAsync(tenant, intents, time.GetUtcNow(), cancellationToken);

    /// <summary>The keys recorded under a group, e.g. what the due scan recorded for a day.</summary>
    public Task<IReadOnlySet<string>> KeysInGroupAsync(TenantId tenant, string group, CancellationToken cancellationToken) =>
        store.KeysInGroupAsync(tenant, group, cancellationToken);

    /// <summary>The language of the person's Teams, as last seen in their chat with the bot (Swedish until then).</summary>
    public async Task<UiLanguage> LanguageOfAsync(TenantId tenant, string personId, CancellationToken cancellationToken) =>
        UiLanguages.FromLocale((await references.FindPersonalAsync(tenant.Value, personId, cancellationToken))?.Locale);

    /// <summary>
    /// Every person's language and conversation in the tenant, read once for a job run that records many messages (one
    /// range query, <see cref="IConversationReferenceStore.ListTenantAsync"/>) instead of <see cref="LanguageOfAsync"/>
    /// per message.
    /// </summary>
    public async Task<OutboxRecipients> RecipientsAsync(TenantId tenant, CancellationToken cancellationToken) =>
        new(await references.ListTenantAsync(tenant.Value, cancellationToken));

    /// <summary>
    /// When a message may go out first: now, or for one that waits for working hours, the tenant's next working hour
    /// (its quiet hours, <see cref="TenantPolicies"/>).
    /// </summary>
    public DateTimeOffset FirstSendTime(TenantId tenant, bool anyHour)
    {
        var now = time.GetUtcNow();
        return anyHour ? now : tenants.For(tenant).QuietHours.NextAllowed(now);
    }

    /// <summary>The key an update of the post under <paramref name="postKey"/> is recorded under (one per post: the latest wins).</summary>
    public static string UpdateKeyOf(string postKey) => postKey + "~update";
}

/// <summary>A tenant's conversations as a job run read them once (<see cref="Outbox.RecipientsAsync"/>): whom to write to in which language.</summary>
public sealed class OutboxRecipients(TenantConversations conversations)
{
    public TenantConversations Conversations => conversations;

    /// <summary>The language of the person's Teams, as last seen in their chat with the bot (Swedish until then).</summary>
    public UiLanguage LanguageOf(string personId) => UiLanguages.FromLocale(conversations.FindPersonal(personId)?.Locale);
}
