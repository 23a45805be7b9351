using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.SelfChecks;

/// <summary>Where an occurrence of a control point stands on a day.</summary>
public enum OccurrenceState
{
    /// <summary>Not posted yet.</summary>
    Upcoming,

    /// <summary>Posted, no result yet, not past its due day: to do now.</summary>
    Open,

    /// <summary>Past its due day without a result.</summary>
    Overdue,

    /// <summary>A result is recorded.</summary>
    Done,
}

/// <summary>What the due job sends for an occurrence on a day.</summary>
public enum CheckNoticeKind
{
    /// <summary>The check is posted to the responsible person (its card to record it).</summary>
    Opens,

    /// <summary>A week before it is due, without a result.</summary>
    Reminder,

    /// <summary>The first working day after it was due, without a result.</summary>
    Overdue,
}

/// <summary>The points of a unit's self-check plan of a calendar year (plans are per calendar year).</summary>
public sealed record YearPoints(int Year, IReadOnlyList<ControlPoint> Points);

/// <summary>An occurrence of a point and where it stands.</summary>
public sealed record OccurrenceProgress(ControlPoint Point, CheckOccurrence Occurrence, OccurrenceState State, SelfCheckResult? Result);

/// <summary>
/// How a unit's self-checks stand in a year, per perspective, for the quality report and the management view: the
/// occurrences planned in the year, those due by the day, those done (a result recorded) and their latest verdicts.
/// </summary>
public sealed record PerspectiveTally(QualityPerspective Perspective, int Planned, int DueSoFar, int Done, int Godkand, int EjGodkand);

/// <summary>The one place that says, from a point's schedule and its results, what is due, overdue or done, and what is sent when.</summary>
public static class SelfCheckProgress
{
    /// <summary>Every occurrence of the point in the year, with where it stands on <paramref name="today"/>.</summary>
    /// <param name="results">The results of the unit's year (any points); those of this point are used.</param>
    public static IReadOnlyList<OccurrenceProgress> Of(ControlPoint point, int year, IEnumerable<SelfCheckResult> results, DateOnly today)
    {
        var byPeriod = results.Where(r => r.PointId == point.Id && r.Year == year).GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.First());
        return SelfCheckSchedule.Occurrences(point, year)
            .Select(o => byPeriod.TryGetValue(o.Period, out var result)
                ? new OccurrenceProgress(point, o, OccurrenceState.Done, result)
                : new OccurrenceProgress(point, o, today < o.Opens ? OccurrenceState.Upcoming : today <= o.Due ? OccurrenceState.Open : OccurrenceState.Overdue, null))
            .ToList();
    }

    /// <summary>
    /// What is sent for an occurrence on a day, if anything: the card when it opens (unless already recorded), the
    /// reminder a week before it is due and the overdue reminder the day after, both only without a result.
    /// </summary>
    public static CheckNoticeKind? NoticeOn(CheckOccurrence occurrence, DateOnly day, bool hasResult) =>
        hasResult ? null
        : day == occurrence.Opens ? CheckNoticeKind.Opens
        : day == occurrence.RemindOn ? CheckNoticeKind.Reminder
        : day == occurrence.OverdueOn ? CheckNoticeKind.Overdue
        : null;

    /// <summary>The counts per perspective for a unit's plan of a year (every perspective, also those with nothing planned).</summary>
    public static IReadOnlyList<PerspectiveTally> Tally(IEnumerable<ControlPoint> points, int year, IReadOnlyList<SelfCheckResult> results, DateOnly today) =>
        Tally(points.SelectMany(p => Of(p, year, results, today)).ToList());

    /// <summary>
    /// Every occurrence of the plans' points (a unit's plans are per calendar year) whose period ends in the quality
    /// year's span, with where it stands: a quarter October–December counts in the wheel year that holds December.
    /// </summary>
    public static IReadOnlyList<OccurrenceProgress> In(IEnumerable<YearPoints> plans, QualityYearSpan span, IReadOnlyList<SelfCheckResult> results, DateOnly today) =>
        plans.SelectMany(plan => plan.Points.SelectMany(p => Of(p, plan.Year, results, today)))
            .Where(o => span.Contains(o.Occurrence.Ends))
            .ToList();

    /// <summary>The counts per perspective of the occurrences in a quality year's span (<see cref="In"/>).</summary>
    public static IReadOnlyList<PerspectiveTally> Tally(IEnumerable<YearPoints> plans, QualityYearSpan span, IReadOnlyList<SelfCheckResult> results, DateOnly today) =>
        Tally(In(plans, span, results, today));

    private static List<PerspectiveTally> Tally(IReadOnlyList<OccurrenceProgress> all) =>
        Enum.GetValues<QualityPerspective>()
            .Select(perspective =>
            {
                var these = all.Where(o => o.Point.Perspective == perspective).ToList();
                var done = these.Where(o => o.Result is not null).ToList();
                return new PerspectiveTally(
                    perspective,
                    these.Count,
                    these.Count(o => o.State is OccurrenceState.Overdue or OccurrenceState.Done),
                    done.Count,
                    done.Count(o => o.Result!.Current.Verdict == CheckVerdict.Godkand),
                    done.Count(o => o.Result!.Current.Verdict == CheckVerdict.EjGodkand));
            })
            .ToList();
}
