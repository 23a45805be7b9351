using TeamsQuality.Domain.Stops;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Storage.Outboxes;

namespace TeamsQuality.Jobs.Stops;

/// <summary>
/// The outbox keys of what a stop sends, the one place their format is written and read:
/// <c>stop~{unit}~{year}~{NN}~{what}~{target}</c>, where what is an event of the due index (Due, Reminder, Overdue)
/// or a channel notice (Started, Summary), and target is the channel or <c>{kind}:{id}</c> of a person. A key is the
/// message's idempotency: the same key is recorded once.
/// </summary>
public static class StopOutboxKeys
{
    /// <summary>The stop's message for an event of the due index: its card in the unit's channel, or a nudge to a person.</summary>
    public static string Message(StopKey stop, StopEventKind kind, OutboxTarget target) =>
        Key(stop, kind.ToString(), target.Kind == OutboxTarget.ChannelKind ? OutboxTarget.ChannelKind : $"{target.Kind}:{target.Id}");

    /// <summary>
    /// The stop's card posted to the unit's channel when it fell due: <see cref="Outbox.FindAsync"/> with it tells
    /// whether it was posted and as which conversation and activity, and <see cref="Outbox.UpdatePostAsync"/> with it
    /// updates the posted card.
    /// </summary>
    public static string ChannelPost(StopKey stop) => Message(stop, StopEventKind.Due, OutboxTarget.Channel(string.Empty));

    /// <summary>The channel's notice that the stop was started.</summary>
    public static string Started(StopKey stop) => Key(stop, "Started", OutboxTarget.ChannelKind);

    /// <summary>The finished stop's summary in the channel.</summary>
    public static string Summary(StopKey stop) => Key(stop, "Summary", OutboxTarget.ChannelKind);

    private const string Prefix = "stop";

    private static string Key(StopKey stop, string what, string target) => $"{Prefix}~{stop.UnitId}~{stop.Year:D4}~{stop.Number:D2}~{what}~{target}";
}
