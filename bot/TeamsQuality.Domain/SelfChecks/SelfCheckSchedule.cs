using System.Globalization;
using TeamsQuality.Domain.Stops;

namespace TeamsQuality.Domain.SelfChecks;

/// <summary>
/// One time a control point is to be checked: its period of the year, when it is posted to the responsible person, when
/// they are reminded, when it is due and when it is overdue. Every day is a Swedish working day.
/// </summary>
/// <param name="PointId">The control point.</param>
/// <param name="Year">The plan's calendar year.</param>
/// <param name="Period">1 and up within the year (the month for monthly checks, the quarter, the tertial …).</param>
/// <param name="Starts">The first day of the period.</param>
/// <param name="Ends">The last day of the period.</param>
/// <param name="Opens">The first working day of the period's last month: the check is posted.</param>
/// <param name="RemindOn">A week before it is due (a working day, after it opened), or null when that is not after it opened.</param>
/// <param name="Due">The last working day of the period.</param>
/// <param name="OverdueOn">The first working day after it was due.</param>
public sealed record CheckOccurrence(string PointId, int Year, int Period, DateOnly Starts, DateOnly Ends, DateOnly Opens, DateOnly? RemindOn, DateOnly Due, DateOnly OverdueOn)
{
    /// <summary>"2027-03": the occurrence's key within the point, as results and messages name it.</summary>
    public string Key => Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Period.ToString("D2", CultureInfo.InvariantCulture);
}

/// <summary>When a control point is checked in a calendar year: the one place the frequencies become dates.</summary>
public static class SelfCheckSchedule
{
    /// <summary>The months (first, last) of each period of the year for a frequency; the chosen months for Arsvis and ValdaManader.</summary>
    public static IReadOnlyList<(int First, int Last)> Periods(CheckFrequency frequency, IReadOnlyList<int> months) => frequency switch
    {
        CheckFrequency.Manadsvis => Enumerable.Range(1, 12).Select(m => (m, m)).ToList(),
        CheckFrequency.Kvartalsvis => [(1, 3), (4, 6), (7, 9), (10, 12)],
        CheckFrequency.Tertialvis => [(1, 4), (5, 8), (9, 12)],
        CheckFrequency.Halvarsvis => [(1, 6), (7, 12)],
        CheckFrequency.Arsvis or CheckFrequency.ValdaManader => months.Where(m => m is >= 1 and <= 12).Distinct().Order().Select(m => (m, m)).ToList(),
        _ => [],
    };

    /// <summary>Every occurrence of the point in the calendar year, in order.</summary>
    public static IReadOnlyList<CheckOccurrence> Occurrences(ControlPoint point, int year)
    {
        var periods = Periods(point.Frequency, point.Months);
        var occurrences = new List<CheckOccurrence>(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            var (first, last) = periods[i];
            var starts = new DateOnly(year, first, 1);
            var ends = new DateOnly(year, last, DateTime.DaysInMonth(year, last));
            var opens = WorkingDays.OnOrAfter(new DateOnly(year, last, 1));
            var due = WorkingDays.OnOrBefore(ends);
            var remind = WorkingDays.OnOrBefore(due.AddDays(-7));
            occurrences.Add(new CheckOccurrence(
                point.Id, year, point.Frequency is CheckFrequency.Arsvis or CheckFrequency.ValdaManader ? first : i + 1, starts, ends, opens,
                remind > opens ? remind : null, due, WorkingDays.OnOrAfter(ends.AddDays(1))));
        }

        return occurrences;
    }

    /// <summary>The occurrence whose period holds <paramref name="day"/>, or null when the point is not checked then.</summary>
    public static CheckOccurrence? Current(ControlPoint point, DateOnly day) =>
        Occurrences(point, day.Year).FirstOrDefault(o => o.Starts <= day && day <= o.Ends);
}
