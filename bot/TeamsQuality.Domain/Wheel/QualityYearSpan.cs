using TeamsQuality.Domain.Time;

namespace TeamsQuality.Domain.Wheel;

/// <summary>
/// A tertial counted within a quality year: T1 its first four months, T2 the next four, T3 the rest (four in a year of
/// twelve months; a year whose wheel changed its start month may be longer or shorter, and T3 takes the difference).
/// </summary>
public sealed record SpanTertial(int Number, DateOnly First, DateOnly Last)
{
    /// <summary>The month (1-12) the tertial starts in.</summary>
    public int FirstMonth => First.Month;

    /// <summary>The month (1-12) the tertial ends in.</summary>
    public int LastMonth => Last.Month;

    public bool Contains(DateOnly day) => day >= First && day <= Last;
}

/// <summary>
/// The days one quality year covers, for everything its report counts: the stops of the wheel year, and the
/// self-check results, reports, risks and actions that fall in it. A wheel year runs from the first day of its start
/// month (its wheel's first stop's month) to the day before the next year starts: Vetlanda's 2027 is 1 November 2026 –
/// 31 October 2027; a wheel starting in January has the calendar year. Days are Swedish calendar days: an instant
/// counts by the day it falls on in Sweden (<see cref="SwedishTime.Day"/>).
/// </summary>
/// <param name="Year">The wheel year, named by the calendar year it ends in.</param>
/// <param name="First">The year's first day.</param>
/// <param name="Last">The year's last day.</param>
public sealed record QualityYearSpan(int Year, DateOnly First, DateOnly Last)
{
    /// <summary>The span of a wheel year whose start month stays the same into the next year.</summary>
    public static QualityYearSpan Of(int year, int startMonth) => Between(year, startMonth, startMonth);

    /// <summary>
    /// The span of a wheel year that starts in <paramref name="startMonth"/> and ends the month before the next year's
    /// <paramref name="nextStartMonth"/> (a wheel may change its template, and so its start month, from one year to the next).
    /// </summary>
    public static QualityYearSpan Between(int year, int startMonth, int nextStartMonth) =>
        new(year, StartOf(year, startMonth), StartOf(year + 1, nextStartMonth).AddDays(-1));

    /// <summary>
    /// The first day of a wheel year: a year that starts after January begins in the calendar year before the one it is
    /// named by (<see cref="Stops.QualityYear.CalendarYear"/>).
    /// </summary>
    public static DateOnly StartOf(int year, int startMonth) =>
        new(Stops.QualityYear.CalendarYear(year, startMonth, startMonth), startMonth, 1);

    /// <summary>The calendar years the span touches, in order (one or two): the partitions kept per calendar year to read.</summary>
    public IReadOnlyList<int> CalendarYears => Enumerable.Range(First.Year, Last.Year - First.Year + 1).ToList();

    /// <summary>The first instant of the span: midnight Swedish time on its first day.</summary>
    public DateTimeOffset StartsAt => Midnight(First);

    /// <summary>The first instant after the span: midnight Swedish time the day after its last day.</summary>
    public DateTimeOffset EndsAt => Midnight(Last.AddDays(1));

    /// <summary>The span's months in order, as (calendar year, month).</summary>
    public IReadOnlyList<(int Year, int Month)> Months
    {
        get
        {
            var months = new List<(int, int)>();
            for (var day = First; day <= Last; day = day.AddMonths(1))
            {
                months.Add((day.Year, day.Month));
            }

            return months;
        }
    }

    /// <summary>The three tertials of the year, counted from its first month.</summary>
    public IReadOnlyList<SpanTertial> Tertials =>
    [
        new(1, First, First.AddMonths(4).AddDays(-1)),
        new(2, First.AddMonths(4), First.AddMonths(8).AddDays(-1)),
        new(3, First.AddMonths(8), Last),
    ];

    public bool Contains(DateOnly day) => day >= First && day <= Last;

    /// <summary>Whether the instant falls on a Swedish day of the span.</summary>
    public bool Contains(DateTimeOffset instant) => Contains(SwedishTime.Day(instant));

    /// <summary>Whether a calendar month (the period of a monthly self-check, say) lies in the span.</summary>
    public bool ContainsMonth(int year, int month) => Contains(new DateOnly(year, month, 1));

    /// <summary>The number (1-3) of the tertial a day of the span falls in.</summary>
    public int TertialOf(DateOnly day)
    {
        if (!Contains(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{day:yyyy-MM-dd} is not in quality year {Year} ({First:yyyy-MM-dd}–{Last:yyyy-MM-dd}).");
        }

        var months = ((day.Year - First.Year) * 12) + day.Month - First.Month;
        return Math.Min(3, (months / 4) + 1);
    }

    /// <summary>The tertial an instant falls in, by its Swedish day.</summary>
    public int TertialOf(DateTimeOffset instant) => TertialOf(SwedishTime.Day(instant));

    public override string ToString() => $"{Year} ({First:yyyy-MM-dd}–{Last:yyyy-MM-dd})";

    private static DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, SwedishTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
