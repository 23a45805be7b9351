using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Actions;

namespace TeamsQuality.Application.Overview;

/// <summary>A stop's status as the management view shows it: the stored status, and Försenad for one not Klar after its due date.</summary>
public enum StopState
{
    EjPaborjad,
    Paborjad,
    Klar,
    Forsenad,
}

/// <summary>
/// Whom the management view is for, which decides what it shows. The deputy director, the quality developers and the
/// director see every unit; a unit manager the units they manage; staff their own unit. Staff see the unit's stops, the
/// wheel and the unit's actions, and no report figures at all ("no deviation details"): no counts per tertial or kind,
/// no self-check results and no risk matrix either, since those are the figures the managers follow the unit's
/// reports, checks and risks by, and a count of a few reports on a small unit can point at a person.
/// </summary>
public enum OverviewAudience
{
    Staff,
    Manager,
    AllUnits,
}

public static class OverviewAudiences
{
    public static OverviewAudience Of(Person person) =>
        person.Role.FollowsAllUnits() ? OverviewAudience.AllUnits
        : person.Role == Role.Enhetschef ? OverviewAudience.Manager
        : OverviewAudience.Staff;

    /// <summary>Whether the audience sees figures (reports, self-check results, risks) besides stops and actions.</summary>
    public static bool SeesFigures(this OverviewAudience audience) => audience != OverviewAudience.Staff;

    /// <summary>The stop's state on <paramref name="today"/> (Swedish day): Klar stays Klar; anything else past its due date is Försenad.</summary>
    public static StopState StateOf(StopStatus status, DateOnly dueDate, DateOnly today) =>
        status == StopStatus.Klar ? StopState.Klar
        : dueDate < today ? StopState.Forsenad
        : status == StopStatus.Paborjad ? StopState.Paborjad
        : StopState.EjPaborjad;

    /// <summary>
    /// A stop's state over every holder of it: Klar when all are, Försenad when any is late, Påbörjad when any has
    /// started (or finished), else Ej påbörjad. Nobody holding it (a group stop the viewer does not see) is Ej påbörjad.
    /// </summary>
    public static StopState Aggregate(IReadOnlyCollection<StopState> states) =>
        states.Count > 0 && states.All(s => s == StopState.Klar) ? StopState.Klar
        : states.Contains(StopState.Forsenad) ? StopState.Forsenad
        : states.Any(s => s is StopState.Paborjad or StopState.Klar) ? StopState.Paborjad
        : StopState.EjPaborjad;
}

/// <summary>One stop of the year's wheel with its state over the holders the viewer sees, and how many holders are in each state.</summary>
public sealed record WheelStopState(StopDefinition Definition, DateOnly DueDate, StopState State, IReadOnlyDictionary<StopState, int> Counts);

/// <summary>One holder's stop: its number, due date and state.</summary>
public sealed record HolderStopState(int Number, string Theme, DateOnly DueDate, StopState State);

/// <summary>Open actions (not Genomförd) and how many of them are past their due date.</summary>
public sealed record ActionCounts(int Open, int Overdue)
{
    public static ActionCounts Of(IEnumerable<ActionLine> actions, DateOnly today)
    {
        var list = actions.ToList();
        return new ActionCounts(list.Count(a => a.IsOpen), list.Count(a => a.IsOverdue(today)));
    }
}

/// <summary>Self-checks of the year: planned, due so far, done, and the results (from <see cref="PerspectiveTally"/>).</summary>
public sealed record SelfCheckCounts(int Planned, int DueSoFar, int Done, int Godkand, int EjGodkand)
{
    public static SelfCheckCounts Of(IEnumerable<PerspectiveTally> tallies)
    {
        var list = tallies.ToList();
        return new SelfCheckCounts(list.Sum(t => t.Planned), list.Sum(t => t.DueSoFar), list.Sum(t => t.Done), list.Sum(t => t.Godkand), list.Sum(t => t.EjGodkand));
    }

    public static SelfCheckCounts Sum(IEnumerable<SelfCheckCounts> counts)
    {
        var list = counts.ToList();
        return new SelfCheckCounts(list.Sum(c => c.Planned), list.Sum(c => c.DueSoFar), list.Sum(c => c.Done), list.Sum(c => c.Godkand), list.Sum(c => c.EjGodkand));
    }
}

/// <summary>Reports filed in a tertial of the quality year (its span's), counted per kind (every kind, also those with none).</summary>
public sealed record TertialCounts(SpanTertial Tertial, IReadOnlyDictionary<DeviationKind, int> PerKind)
{
    public int Total => PerKind.Values.Sum();
}

/// <summary>How many current risks sit in one cell of the 4×4 matrix.</summary>
public sealed record RiskCell(Probability Probability, Consequence Consequence, int Count)
{
    public RiskLevel Level => Risk.LevelOf((int)Probability * (int)Consequence);
}

/// <summary>
/// One row of the units × stops grid: a unit, or the manager group for its own stops. Figures are null for an audience
/// that sees none (<see cref="OverviewAudiences.SeesFigures"/>), and <see cref="Deviations"/> also for a unit whose reports the viewer does not count.
/// </summary>
public sealed record HolderRow(
    Unit Holder,
    bool IsManagerGroup,
    IReadOnlyList<HolderStopState> Stops,
    ActionCounts Actions,
    SelfCheckCounts? SelfChecks,
    int? Deviations,
    int? CurrentRisks);

/// <summary>An overdue action of one of the units shown, for the list under the grid.</summary>
public sealed record OverdueAction(Unit Unit, ActionLine Action);

/// <summary>
/// The management view's first page for a year. <see cref="Year"/> is the wheel year (the stops); the reports are
/// counted per tertial of the calendar year of the same number, as the quality report counts them.
/// </summary>
public sealed record ManagementOverview(
    int Year,
    DateOnly Today,
    OverviewAudience Audience,
    IReadOnlyList<WheelStopState> Wheel,
    IReadOnlyList<HolderRow> Rows,
    ActionCounts Actions,
    IReadOnlyList<OverdueAction> Overdue,
    SelfCheckCounts? SelfChecks,
    IReadOnlyList<TertialCounts>? Deviations,
    IReadOnlyList<RiskCell>? RiskMatrix);

/// <summary>A control point of the unit's plan with what was planned and done of it this year, and its latest result.</summary>
public sealed record PointState(ControlPoint Point, int Planned, int Done, CheckVerdict? LatestVerdict, string? LatestPeriod);

/// <summary>One unit in the management view: its stops, actions, self-check points, risks per level and reports per tertial.</summary>
public sealed record UnitOverview(
    int Year,
    DateOnly Today,
    OverviewAudience Audience,
    Unit Unit,
    IReadOnlyList<HolderStopState> Stops,
    IReadOnlyList<ActionLine> Actions,
    IReadOnlyList<PointState>? SelfChecks,
    IReadOnlyDictionary<RiskLevel, int>? Risks,
    IReadOnlyList<TertialCounts>? Deviations);
