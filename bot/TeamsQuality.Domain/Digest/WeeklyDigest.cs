using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;

namespace TeamsQuality.Domain.Digest;

/// <summary>Where something in the digest stands on the day it is sent.</summary>
public enum DueState
{
    /// <summary>To do now: open, and due this week or later (a stop's window or a check's period is open).</summary>
    Due,

    /// <summary>Past its due date and not done.</summary>
    Overdue,
}

/// <summary>One stop, self-check or action in a digest: its title (no sensitive content: themes, control points, action titles), its due date and state.</summary>
public sealed record DueItem(string Title, DateOnly Due, DueState State);

/// <summary>
/// A unit's part of a digest (or the manager group's, <see cref="ManagerGroup.AsHolder"/>): what is due or overdue,
/// overdue first, and the references of the reports waiting for the manager's assessment (the references only, as the
/// assessment reminders carry them: never what happened, a client or a category).
/// </summary>
public sealed record UnitDigest(Unit Unit, IReadOnlyList<DueItem> Stops, IReadOnlyList<DueItem> SelfChecks, IReadOnlyList<DueItem> Actions, IReadOnlyList<DeviationReference> AwaitingAssessment)
{
    public int Overdue => Stops.Concat(SelfChecks).Concat(Actions).Count(i => i.State == DueState.Overdue);

    public int Due => Stops.Concat(SelfChecks).Concat(Actions).Count(i => i.State == DueState.Due);

    public bool IsEmpty => Stops.Count == 0 && SelfChecks.Count == 0 && Actions.Count == 0 && AwaitingAssessment.Count == 0;
}

/// <summary>A report assessed 3-4 whose IVO decision is not recorded: its reference and unit, as the IVO reminders name it.</summary>
public sealed record IvoPending(DeviationReference Reference, string UnitName, DateTimeOffset AssessedAt);

/// <summary>Whose view a digest takes.</summary>
public enum DigestScope
{
    /// <summary>A manager (or the ersättare acting for one): their unit(s) with titles.</summary>
    Units,

    /// <summary>The deputy director and the quality developers: every unit's counts, the most overdue first.</summary>
    AcrossUnits,
}

/// <summary>One person's digest of a week.</summary>
/// <param name="Units">For <see cref="DigestScope.Units"/> their units; for <see cref="DigestScope.AcrossUnits"/> every unit with something due, the most overdue first.</param>
/// <param name="ManagerGroup">The manager group's stops, for its members (null when none is due).</param>
/// <param name="IvoPending">The IVO decisions still to make: only for the deputy director.</param>
public sealed record PersonDigest(Person Person, DigestWeek Week, DigestScope Scope, IReadOnlyList<UnitDigest> Units, UnitDigest? ManagerGroup, IReadOnlyList<IvoPending> IvoPending)
{
    public bool IsEmpty => Units.All(u => u.IsEmpty) && (ManagerGroup?.IsEmpty ?? true) && IvoPending.Count == 0;
}

/// <summary>
/// The rules of the weekly digest: what is due and what is overdue on the day it is sent, and who gets which view.
/// Due means open now (a stop whose window has opened, a check whose period's last month has come, an action due by
/// the week's end) and not done; overdue means past its due date and not done.
/// </summary>
public static class WeeklyDigest
{
    /// <summary>A stop not finished whose window has opened by the week's end; overdue after its due date. A unit's copy of a manager-group stop is never listed (the group holds it once).</summary>
    public static DueItem? Stop(LearningStop stop, DigestWeek week, DateOnly today) =>
        stop.Status == StopStatus.Klar || stop.IsUnitCopyOfGroupStop || stop.Opens > week.Sunday ? null
        : new DueItem($"{stop.Definition.Number}. {stop.Definition.Theme}", stop.DueDate, stop.IsOverdue(today) ? DueState.Overdue : DueState.Due);

    /// <summary>A check without a result whose occurrence has opened by the week's end; overdue after its due day.</summary>
    public static DueItem? SelfCheck(OccurrenceProgress progress, DigestWeek week, DateOnly today) =>
        progress.Result is not null || progress.Occurrence.Opens > week.Sunday ? null
        : new DueItem(progress.Point.What, progress.Occurrence.Due, today > progress.Occurrence.Due ? DueState.Overdue : DueState.Due);

    /// <summary>An action not done that is due by the week's end; overdue after its due date. An action without a due date is never listed.</summary>
    public static DueItem? Action(ImprovementAction action, DigestWeek week, DateOnly today) =>
        action.Status == ActionStatus.Genomford || action.DueDate is not { } due || due > week.Sunday ? null
        : new DueItem(action.Title, due, due < today ? DueState.Overdue : DueState.Due);

    /// <summary>Overdue first, the longest overdue first; then the soonest due.</summary>
    public static IReadOnlyList<DueItem> Ordered(IEnumerable<DueItem> items) =>
        items.OrderBy(i => i.State == DueState.Overdue ? 0 : 1).ThenBy(i => i.Due).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();

    /// <summary>Who gets a digest at all: the units' acting managers, the manager group, the deputy director and the quality developers.</summary>
    public static bool Receives(Person person, Organisation organisation, DateTimeOffset now) =>
        AcrossUnits(person) || organisation.Units.Any(u => organisation.ActingManagersOf(u, now).Contains(person));

    /// <summary>The deputy director and the quality developers follow every unit; the director reads the year's report instead.</summary>
    public static bool AcrossUnits(Person person) => person.Role is Role.BitradandeSocialchef or Role.Verksamhetsutvecklare;

    /// <summary>
    /// The person's digest from every unit's part, or null when nothing is due for them (no card: a "nothing due" card
    /// every Monday would teach people to skip the ones that matter).
    /// <list type="bullet">
    /// <item>A unit's manager, and its ersättare while the period is on, get that unit with titles.</item>
    /// <item>Members of the manager group (the managers, the deputy director) also get the group's stops.</item>
    /// <item>The deputy director and the quality developers get every unit's counts, the most overdue first; the deputy
    /// director also the IVO decisions still to make (the decision is theirs).</item>
    /// </list>
    /// </summary>
    public static PersonDigest? For(
        Person person, Organisation organisation, DigestWeek week, DateTimeOffset now,
        IReadOnlyDictionary<string, UnitDigest> units, UnitDigest? managerGroup, IReadOnlyList<IvoPending> ivoPending)
    {
        var group = ManagerGroup.Includes(person) && managerGroup is { IsEmpty: false } ? managerGroup : null;
        PersonDigest digest;
        if (AcrossUnits(person))
        {
            var all = units.Values.Where(u => !u.IsEmpty)
                .OrderByDescending(u => u.Overdue).ThenByDescending(u => u.Due + u.AwaitingAssessment.Count).ThenBy(u => u.Unit.Name, StringComparer.Ordinal)
                .ToList();
            digest = new PersonDigest(person, week, DigestScope.AcrossUnits, all, group, person.Role == Role.BitradandeSocialchef ? ivoPending : []);
        }
        else
        {
            var own = organisation.Units.Where(u => organisation.ActingManagersOf(u, now).Contains(person))
                .Select(u => units.TryGetValue(u.Id, out var part) ? part : null)
                .OfType<UnitDigest>()
                .Where(u => !u.IsEmpty)
                .OrderBy(u => u.Unit.Name, StringComparer.Ordinal)
                .ToList();
            digest = new PersonDigest(person, week, DigestScope.Units, own, group, []);
        }

        return digest.IsEmpty ? null : digest;
    }
}
