using System.Collections.Concurrent;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Jobs.Stops;

/// <summary>
/// When a stop's due card has been posted to its unit's channel by the outbox, remembers where (with the stop), so the
/// card is kept current as the stop starts, moves on and finishes (<see cref="StopChannelNotices"/>).
/// </summary>
public sealed class DueCardPosted(OrganisationRepository organisations, StopChannelNotices channelNotices, TimeProvider time) : IOutboxSentHandler
{
    // The organisation is read once per delivery run, however many cards were posted.
    private readonly ConcurrentDictionary<string, Lazy<Task<Organisation?>>> _organisations = new(StringComparer.Ordinal);

    public async Task SentAsync(TenantId tenant, PendingMessage message, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        if (message.Kind != nameof(NoticeKind.StopDue)
            || message.Target.Kind != OutboxTarget.ChannelKind
            || delivery.ConversationId is not { } conversationId
            || delivery.ActivityId is not { } activityId
            || !StopOutboxKeys.TryParseChannelPost(tenant, message.Key, out var stop))
        {
            return;
        }

        var organisation = await _organisations.GetOrAdd(tenant.Value, _ => new Lazy<Task<Organisation?>>(() => organisations.FindAsync(tenant, cancellationToken))).Value;
        if (organisation?.FindStopHolder(stop.UnitId) is { } unit)
        {
            await channelNotices.DueCardPostedAsync(organisation, unit, stop, new StopChannelPost(message.Target.Id, conversationId, activityId, time.GetUtcNow()), cancellationToken);
        }
    }
}
