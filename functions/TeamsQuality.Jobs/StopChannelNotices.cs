using Microsoft.Extensions.Logging;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Administration;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Storage;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Jobs;

/// <summary>
/// What a learning stop says in its unit's channel, and the one place it is sent from: the due card (made here, recorded
/// in the outbox by the due scan, its place remembered with the stop once posted), that card kept current for everyone as the stop starts, moves on and
/// finishes, the short notice that a stop was started, and the summary when it is finished.
/// Every other proactive send and update about a stop's channel goes through here, so that moving them to the general
/// outbox is a change in this class alone. Until then a failed send is logged and the user's turn goes on: the
/// stop itself is saved either way.
/// </summary>
public sealed class StopChannelNotices(
    LearningStopRepository stops,
    WheelRepository wheels,
    LogbookRepository logbook,
    IConversationReferenceStore references,
    ProactiveMessenger messenger,
    ILogger<StopChannelNotices> logger)
{
    /// <summary>Teams refreshes a card by itself for at most this many listed users.</summary>
    public const int MostRefreshUserIds = 60;

    /// <summary>The channel's language: the unit shares one card.</summary>
    private const UiLanguage ChannelLanguage = UiLanguage.Swedish;

    /// <summary>The due card for the unit's channel, as the due scan records it in the outbox (refreshed for the unit's people).</summary>
    public async Task<AdaptiveCard> DueCardAsync(Organisation organisation, Unit unit, LearningStop stop, int stopCount, int logbookNotes, CancellationToken cancellationToken) =>
        StopDueCard.Build(ChannelLanguage, stop, unit, stopCount, logbookNotes, await RefreshUserIdsAsync(organisation, unit, cancellationToken));

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
            logger.LogError(ex, "Posted the card of stop {Number} to the channel of {Unit} but could not remember where", key.Number, unit.Id);
        }
    }

    /// <summary>
    /// After a change to a stop: a stop that was just started is announced in the channel, and the channel's card is
    /// updated when the stop's status or step changed.
    /// </summary>
    /// <param name="before">The stop's progress just before the change.</param>
    /// <param name="stop">The stop as saved.</param>
    /// <param name="by">Who made the change.</param>
    public async Task StopChangedAsync(Organisation organisation, Unit unit, StopProgress before, LearningStop stop, Person by, CancellationToken cancellationToken)
    {
        if (before.Status == StopStatus.EjPaborjad && stop.Status != StopStatus.EjPaborjad)
        {
            await PostStartedAsync(organisation, unit, stop, by, cancellationToken);
        }

        if (before != stop.Progress)
        {
            await UpdatePostedCardAsync(organisation, unit, stop, cancellationToken);
        }
    }

    /// <summary>"Anna Berg har startat hållplats 1: Samverkan", with a button to open it.</summary>
    public Task PostStartedAsync(Organisation organisation, Unit unit, LearningStop stop, Person by, CancellationToken cancellationToken) =>
        PostAsync(organisation, unit, StopStartedCard.Build(ChannelLanguage, stop, unit, by.Name).ToJson(), "the start of", stop, cancellationToken);

    /// <summary>The summary of a finished stop closes it for the whole unit (the finisher's own answer is seen by them alone).</summary>
    public Task PostSummaryAsync(Organisation organisation, Unit unit, LearningStop stop, System.Text.Json.Nodes.JsonObject summaryCard, CancellationToken cancellationToken) =>
        PostAsync(organisation, unit, summaryCard, "the summary of", stop, cancellationToken);

    /// <summary>Puts the stop's current status on the card posted in the channel, for everyone; nothing when none was posted.</summary>
    public async Task UpdatePostedCardAsync(Organisation organisation, Unit unit, LearningStop stop, CancellationToken cancellationToken)
    {
        try
        {
            if (await stops.FindChannelPostAsync(stop.Key, cancellationToken) is not { } post)
            {
                return;
            }

            var card = (await ChannelCardAsync(ChannelLanguage, organisation, unit, stop, await RefreshUserIdsAsync(organisation, unit, cancellationToken), cancellationToken)).ToJson();
            var delivery = await messenger.UpdateInChannelAsync(
                organisation.Tenant.Value, post.TeamsChannelId, post.ConversationId, post.ActivityId, Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);
            if (!delivery.Delivered)
            {
                logger.LogError("Could not update the card of stop {Number} in the channel of {Unit}: {Problem}", stop.Key.Number, unit.Id, delivery.Problem);
            }
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.LogError(ex, "Could not update the card of stop {Number} in the channel of {Unit}", stop.Key.Number, unit.Id);
        }
    }

    /// <summary>The channel's card of a stop as it is now, in a viewer's language (also each viewer's refreshed view).</summary>
    public async Task<AdaptiveCard> ChannelCardAsync(UiLanguage language, Organisation organisation, Unit unit, LearningStop stop, IReadOnlyList<string>? refreshUserIds, CancellationToken cancellationToken)
    {
        var wheel = await wheels.FindAsync(organisation.Tenant, cancellationToken);
        var stopCount = wheel?.For(stop.Key.Year).Stops.Count ?? stop.Definition.Number;
        var notes = stop.Status == StopStatus.EjPaborjad
            ? (await logbook.ListAsync(organisation.Tenant, unit.Id, stop.Key.Number, stop.LogbookMaterialFrom, cancellationToken)).Count
            : 0;
        return StopDueCard.Build(language, stop, unit, stopCount, notes, refreshUserIds);
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
        return found.Select(r => r?.UserId).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private async Task PostAsync(Organisation organisation, Unit unit, System.Text.Json.Nodes.JsonObject card, string what, LearningStop stop, CancellationToken cancellationToken)
    {
        if (unit.Channel is not { } channel)
        {
            return;
        }

        try
        {
            var delivery = await messenger.PostToChannelAsync(organisation.Tenant.Value, channel.ChannelId, Activity.Message(null, Attachment.AdaptiveCard((System.Text.Json.Nodes.JsonObject)card.DeepClone())), cancellationToken);
            if (!delivery.Delivered)
            {
                logger.LogError("Could not post {What} stop {Number} to the channel of {Unit}: {Problem}", what, stop.Key.Number, unit.Id, delivery.Problem);
            }
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.LogError(ex, "Could not post {What} stop {Number} to the channel of {Unit}", what, stop.Key.Number, unit.Id);
        }
    }
}
