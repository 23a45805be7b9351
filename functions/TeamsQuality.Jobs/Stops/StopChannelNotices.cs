using Microsoft.Extensions.Logging;
using TeamsQuality.Application.Stops;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Jobs.Stops;

/// <summary>
/// What a learning stop says in its unit's channel, and the one place it is decided (the stops' <see cref="IStopNotices"/>):
/// the due card (made here, recorded in the outbox by the due scan, whose message row keeps where Teams put it),
/// that card kept current for everyone as the stop starts, moves on and finishes, the short notice that a stop was
/// started, and the summary when it is finished. Each is recorded in the outbox (<see cref="Outbox"/>) and sent from
/// there, so the person whose press changed the stop does not wait for Teams, and what Teams refuses is sent again
/// later: the card's update under its post (the latest card wins), the start notice once per stop, the summary once per
/// finish. All in Swedish, the channel's language: the unit shares one card.
/// </summary>
public sealed class StopChannelNotices(
    LearningStopRepository stops,
    ChannelCardFacts channelCard,
    IConversationReferenceStore references,
    Outbox outbox,
    ILogger<StopChannelNotices> logger) : IStopNotices
{
    /// <summary>Teams refreshes a card by itself for at most this many listed users.</summary>
    public const int MostRefreshUserIds = 60;

    /// <summary>The channel's language: the unit shares one card.</summary>
    private const UiLanguage ChannelLanguage = UiLanguage.Swedish;

    /// <summary>The due card for the unit's channel, as the due scan records it in the outbox (refreshed for the unit's people).</summary>
    /// <remarks>The unit's people are looked up in the tenant's conversations the scan read once for its run.</remarks>
    public static AdaptiveCard DueCard(Organisation organisation, Unit unit, LearningStop stop, int stopCount, int logbookNotes, int garageItems, TenantConversations conversations) =>
        StopDueCard.Build(ChannelLanguage, stop, unit, stopCount, logbookNotes, RefreshUserIds(organisation, unit, conversations), garageItems);

    /// <summary>
    /// After a change to a stop: a stop that was just started is announced in the channel, and the channel's card is
    /// updated when the stop's status or step changed. Both are recorded in the outbox and sent after the turn; a
    /// change that neither started nor moved the stop (a contribution, a summary) costs no request here.
    /// </summary>
    public async Task StopChangedAsync(Organisation organisation, Unit unit, StopProgress before, LearningStop stop, Person by, CancellationToken cancellationToken)
    {
        var recorded = false;
        if (before.Status == StopStatus.EjPaborjad && stop.Status != StopStatus.EjPaborjad)
        {
            // "Anna Berg har startat hållplats 1: Samverkan", with a button to open it. A stop starts once.
            recorded |= await PostAsync(organisation, unit, stop, StopOutboxKeys.Started(stop.Key), NoticeKind.StopStarted, StopStartedCard.Build(ChannelLanguage, stop, unit, by.Name), cancellationToken);
        }

        if (before != stop.Progress)
        {
            recorded |= await UpdatePostedCardAsync(organisation, unit, stop, cancellationToken);
        }

        if (recorded)
        {
            outbox.DeliverSoon(organisation.Tenant);
        }
    }

    /// <summary>The summary of a finished stop closes it for the whole unit (the finisher's own answer is seen by them alone). A stop finishes once.</summary>
    public async Task StopFinishedAsync(Organisation organisation, Unit unit, LearningStop stop, IReadOnlyList<ImprovementAction> actions, CancellationToken cancellationToken)
    {
        await PostAsync(organisation, unit, stop, StopOutboxKeys.Summary(stop.Key), NoticeKind.StopSummary, StopSummaryCard.Build(ChannelLanguage, stop, unit, actions), cancellationToken);

        // Also sends what finishing recorded before (the card's update, the owners' notices).
        outbox.DeliverSoon(organisation.Tenant);
    }

    /// <summary>
    /// Records the stop's current status for its card in the channel (an update of the due card's outbox message, so
    /// the latest wins), as soon as the due scan has recorded that card: the outbox holds the update back until the card
    /// itself has gone out. False when there is no card to update (none recorded, or given up on).
    /// </summary>
    public async Task<bool> UpdatePostedCardAsync(Organisation organisation, Unit unit, LearningStop stop, CancellationToken cancellationToken)
    {
        if (!await HasCardAsync(organisation, unit, stop, cancellationToken))
        {
            return false;
        }

        var facts = await channelCard.RunAsync(organisation.Tenant, unit, stop, cancellationToken);
        var card = StopDueCard.Build(ChannelLanguage, stop, unit, facts.StopCount, facts.LogbookNotes, await RefreshUserIdsAsync(organisation, unit, cancellationToken), facts.GarageItems);
        await outbox.UpdatePostAsync(organisation.Tenant, StopOutboxKeys.ChannelPost(stop.Key), card, cancellationToken, About(unit, stop));
        return true;
    }

    /// <summary>
    /// Whether the stop's card is in the channel or on its way there: its outbox message, one point read. A card posted
    /// before the outbox kept where it was posted in the stop's own rows only: found there, it is recorded in the outbox
    /// as posted, so its updates go the same way as any other's from then on.
    /// </summary>
    private async Task<bool> HasCardAsync(Organisation organisation, Unit unit, LearningStop stop, CancellationToken cancellationToken)
    {
        var key = StopOutboxKeys.ChannelPost(stop.Key);
        if (await outbox.FindAsync(organisation.Tenant, key, cancellationToken) is { } card)
        {
            return card.Status != OutboxStatus.Failed;
        }

        if (await stops.FindChannelPostAsync(stop.Key, cancellationToken) is not { TeamsChannelId: { } channelId, ConversationId: { } conversationId, ActivityId: { } activityId } posted)
        {
            return false;
        }

        await outbox.RecordPostedAsync(organisation.Tenant, key, channelId, NoticeKind.StopDue, conversationId, activityId, posted.PostedAt, cancellationToken, About(unit, stop));
        logger.LogInformation("The card of stop {Number} in the channel of {Unit}, posted before the outbox, is now recorded there", stop.Key.Number, unit.Id);
        return true;
    }

    /// <summary>
    /// The Teams user ids of the unit's people, for a shared card's refresh.userIds: the ids Teams sends as from.id,
    /// known from each person's 1:1 chat with the bot (people who never had one are not listed). Null when the unit has
    /// more people than Teams refreshes for by itself: they refresh by hand.
    /// </summary>
    public async Task<IReadOnlyList<string>?> RefreshUserIdsAsync(Organisation organisation, Unit unit, CancellationToken cancellationToken)
    {
        var people = organisation.MembersOf(unit.Id).ToList();
        if (people.Count > MostRefreshUserIds)
        {
            return null;
        }

        var found = await Task.WhenAll(people.Select(p => references.FindPersonalAsync(organisation.Tenant.Value, p.Id, cancellationToken)));
        return UserIdsOf(found);
    }

    /// <summary>The same, from the tenant's conversations read once (<see cref="IConversationReferenceStore.ListTenantAsync"/>).</summary>
    public static IReadOnlyList<string>? RefreshUserIds(Organisation organisation, Unit unit, TenantConversations conversations)
    {
        var people = organisation.MembersOf(unit.Id).ToList();
        return people.Count > MostRefreshUserIds ? null : UserIdsOf(people.Select(p => conversations.FindPersonal(p.Id)));
    }

    private static List<string> UserIdsOf(IEnumerable<Teams.Activities.ConversationReference?> found) =>
        found.Select(r => r?.UserId).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>What a message is about, without anything anyone wrote (for the list of what could not be delivered).</summary>
    public static string About(Unit unit, LearningStop stop) => $"{unit.Name}: {stop.Definition.Number} {stop.Definition.Theme}";

    /// <summary>Records a notice for the unit's channel; false when the unit has no channel or it was recorded before.</summary>
    private async Task<bool> PostAsync(Organisation organisation, Unit unit, LearningStop stop, string key, NoticeKind kind, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (unit.Channel is not { } channel)
        {
            return false;
        }

        // At any hour: it follows what people are doing now.
        if (!await outbox.PostToChannelAsync(organisation.Tenant, channel.ChannelId, key, kind, card, cancellationToken, anyHour: true, About(unit, stop)))
        {
            logger.LogInformation("The {Kind} of stop {Number} in the channel of {Unit} was recorded before; not again", kind, stop.Key.Number, unit.Id);
            return false;
        }

        return true;
    }
}
