using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>
/// What every use case on a stop does the same way: finds the unit the press names in the actor's organisation (only
/// those who may see the unit's stops get further), reads the stop once, and for a change lets the domain decide,
/// saves once and tells the channel (<see cref="IStopNotices"/>). A rule's refusal comes back with the stop as it was
/// read, so the card shows it again without another read.
/// </summary>
internal static class StopCommand
{
    public static StopKey KeyOf(Actor actor, StopAddress address) => new(actor.Tenant, address.UnitId, address.Year, address.Number);

    /// <summary>
    /// The unit the press names (or the manager group, in a unit's place: <see cref="Organisation.FindStopHolder"/>), when
    /// the actor may see its stops (its people, and those who follow all units).
    /// </summary>
    public static Outcome<Unit> UnitOf(Actor actor, StopAddress address) =>
        actor.Organisation.FindStopHolder(address.UnitId) is not { } unit ? Outcome.Refused<Unit>(RefusalReason.NotFound)
        : LearningStop.CanSee(actor.Person, unit) ? unit
        : Outcome.Refused<Unit>(RefusalReason.NotAllowed);

    /// <summary>The stop as it is (one read).</summary>
    public static async Task<Outcome<StopView>> FindAsync(Actor actor, StopAddress address, LearningStopRepository stops, CancellationToken cancellationToken)
    {
        var unit = UnitOf(actor, address);
        if (unit.IsRefused)
        {
            return unit.As<StopView>();
        }

        return await stops.FindAsync(KeyOf(actor, address), cancellationToken) is { } stop
            ? new StopView(unit.Value, stop)
            : Outcome.Refused<StopView>(RefusalReason.NotFound);
    }

    /// <summary>
    /// Reads the stop, lets <paramref name="decide"/> change it (the domain's rules may refuse: nothing is saved then),
    /// saves it, and tells the channel what changed. One read and one write, however the stop is reached.
    /// </summary>
    public static async Task<Outcome<StopView>> ChangeAsync(
        Actor actor, StopAddress address, LearningStopRepository stops, IStopNotices notices, Action<LearningStop, Unit> decide, CancellationToken cancellationToken)
    {
        var found = UnitOf(actor, address);
        if (found.IsRefused)
        {
            return found.As<StopView>();
        }

        var unit = found.Value;
        LearningStop? read = null;
        var before = default(StopProgress);
        var changed = await Rules.DecideAsync(() => stops.TryUpdateAsync(KeyOf(actor, address), stop =>
        {
            // The rules refuse before they change anything: on a refusal this is the stop as read.
            read = stop;
            before = stop.Progress;
            decide(stop, unit);
            return true;
        }, cancellationToken));
        if (changed.IsRefused)
        {
            return Outcome.Refused(changed.Refusals, new StopView(unit, read!));
        }

        if (changed.Value is not { } saved)
        {
            return Outcome.Refused<StopView>(RefusalReason.NotFound);
        }

        await notices.StopChangedAsync(actor.Organisation, unit, before, saved.Stop, actor.Person, cancellationToken);
        return new StopView(unit, saved.Stop);
    }

    public static string NewId() => Guid.NewGuid().ToString("N");
}
