using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Stops;

/// <summary>
/// The calendar of a wheel year. A wheel's year starts in the month of its first stop: Vetlanda's starts in
/// November, so its year 2027 runs from November 2026 to October 2027 and ends with the quality report.
/// </summary>
public static class QualityYear
{
    /// <summary>The month the template's year starts in (its first stop's first month).</summary>
    public static int StartMonth(IReadOnlyList<StopDefinition> stops) =>
        stops.OrderBy(s => s.Number).Select(s => s.Months[0]).DefaultIfEmpty(1).First();

    /// <summary>The wheel year a Swedish calendar day belongs to.</summary>
    public static int Of(DateOnly day, int startMonth) =>
        startMonth > 1 && day.Month >= startMonth ? day.Year + 1 : day.Year;

    /// <summary>The calendar year a month of the wheel year falls in.</summary>
    public static int CalendarYear(int wheelYear, int month, int startMonth) =>
        startMonth > 1 && month >= startMonth ? wheelYear - 1 : wheelYear;

    /// <summary>A stop is due on the last day of its last month.</summary>
    public static DateOnly DueDate(StopDefinition stop, int wheelYear, int startMonth)
    {
        var month = stop.Months[^1];
        var year = CalendarYear(wheelYear, month, startMonth);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    /// <summary>The stop's window opens on the first day of its first month.</summary>
    public static DateOnly Opens(StopDefinition stop, int wheelYear, int startMonth)
    {
        var month = stop.Months[0];
        return new DateOnly(CalendarYear(wheelYear, month, startMonth), month, 1);
    }
}
