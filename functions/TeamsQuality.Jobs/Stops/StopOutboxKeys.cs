using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TeamsQuality.Domain.Organisations;
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

    /// <summary>The stop whose channel card a key (<see cref="ChannelPost"/>) names; false for any other key.</summary>
    public static bool TryParseChannelPost(TenantId tenant, string key, [NotNullWhen(true)] out StopKey? stop)
    {
        // stop~{unit}~{year}~{NN}~Due~channel; the unit id may itself hold '~', so it is read from both ends.
        var parts = key.Split('~');
        stop = parts.Length >= 6 && parts[0] == Prefix && parts[^1] == OutboxTarget.ChannelKind && parts[^2] == nameof(StopEventKind.Due)
            && int.TryParse(parts[^4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new StopKey(tenant, string.Join('~', parts[1..^4]), year, number)
            : null;
        return stop is not null;
    }

    private const string Prefix = "stop";

    private static string Key(StopKey stop, string what, string target) => $"{Prefix}~{stop.UnitId}~{stop.Year:D4}~{stop.Number:D2}~{what}~{target}";
}
