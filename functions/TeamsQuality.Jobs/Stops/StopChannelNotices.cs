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
using TeamsQuality.Storage.Stops;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Jobs.Stops;

/// <summary>
/// What a learning stop says in its unit's channel, and the one place it is decided (the stops' <see cref="IStopNotices"/>):
/// the due card (made here, recorded in the outbox by the due scan, its place remembered with the stop once posted),
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
    /// The outbox posted the due card: remembers where, so the card can be kept current. If the stop moved on after
    /// the card was made, the card is brought up to date at once.
    /// </summary>
    public async Task DueCardPostedAsync(Organisation organisation, Unit unit, StopKey key, StopChannelPost post, CancellationToken cancellationToken)
    {
        try
        {
            await stops.RecordChannelPostAsync(key, post, cancellationToken);
            if (await stops.FindHeadAsync(key, cancellationToken) is { Status: not StopStatus.EjPaborjad } now)
            {
                await UpdatePostedCardAsync(organisation, unit, now, cancellationToken);
            }
        }
        catch (Azure.RequestFailedException ex)
        {
            // The card is in the channel and marked sent: it just will not follow the stop.
            logger.LogError(ex, "Posted the card of stop {Number} to the channel of {Unit} but could not remember where or bring it up to date", key.Number, unit.Id);
        }
    }

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
    /// Records the stop's current status for the card posted in the channel (an update of the due card's outbox
    /// message, so the latest wins); false when none was posted.
    /// </summary>
    public async Task<bool> UpdatePostedCardAsync(Organisation organisation, Unit unit, LearningStop stop, CancellationToken cancellationToken)
    {
        if (await stops.FindChannelPostAsync(stop.Key, cancellationToken) is null)
        {
            return false;
        }

        var facts = await channelCard.RunAsync(organisation.Tenant, unit, stop, cancellationToken);
        var card = StopDueCard.Build(ChannelLanguage, stop, unit, facts.StopCount, facts.LogbookNotes, await RefreshUserIdsAsync(organisation, unit, cancellationToken), facts.GarageItems);
        await outbox.UpdatePostAsync(organisation.Tenant, StopOutboxKeys.ChannelPost(stop.Key), card, cancellationToken, About(unit, stop));
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
