using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Outboxes;

namespace TeamsQuality.Application.Outboxes;

/// <summary>
/// A message the bot gave up on, as the organisation names its recipient: to whom (a person, or a unit's channel),
/// what kind, about what (a reference, a stop; never what it said) and when.
/// </summary>
/// <param name="PersonName">The person it was for, when the organisation knows them.</param>
/// <param name="ChannelOfUnit">The unit whose channel it was for, when the organisation knows the channel.</param>
/// <param name="Kind">What kind of message, as the outbox recorded it.</param>
/// <param name="About">What it was about without its content; null when nothing to say.</param>
/// <param name="FailedAt">When the bot gave up.</param>
public sealed record Undelivered(string? PersonName, string? ChannelOfUnit, string Kind, string? About, DateTimeOffset FailedAt)
{
    /// <summary>A failure as the quality developers are shown it (on their list, and on the card that tells them).</summary>
    public static Undelivered Of(Organisation? organisation, OutboxMessage failure) => new(
        failure.Target.Kind == OutboxTarget.PersonKind ? organisation?.FindPerson(failure.Target.Id)?.Name : null,
        failure.Target.Kind == OutboxTarget.ChannelKind ? organisation?.FindChannelHolder(failure.Target.Id)?.Name : null,
        failure.Kind,
        failure.About,
        failure.FailedAt ?? failure.RecordedAt);
}

/// <summary>
/// The list of the latest messages the outbox could not deliver, for the quality developers (the card that told them
/// has a button for it), so they can make sure those people hear it another way.
/// </summary>
public sealed class UndeliveredNotices(OutboxStore outbox) : IUseCase
{
    /// <summary>How many of the latest failures the list reads.</summary>
    public const int Latest = 50;

    public async Task<Outcome<IReadOnlyList<Undelivered>>> RunAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Person.Role.HearsOfUndeliveredMessages())
        {
            return Outcome.Refused<IReadOnlyList<Undelivered>>(RefusalReason.NotAllowed);
        }

        var failed = await outbox.FailedAsync(actor.Tenant, Latest, cancellationToken);
        return Outcome.Done<IReadOnlyList<Undelivered>>(failed.Select(f => Undelivered.Of(actor.Organisation, f)).ToList());
    }
}
