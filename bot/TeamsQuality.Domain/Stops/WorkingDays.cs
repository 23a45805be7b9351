namespace TeamsQuality.Domain.Stops;

/// <summary>
/// When the bot may disturb people: working days (Monday to Friday) between 08 and 17 Swedish time, unless the
/// operator gives a tenant other hours (<see cref="Time.QuietHours"/>). Swedish public holidays and the free eves
/// (<see cref="Time.SwedishHolidays"/>) are not working days.
/// </summary>
public static class WorkingDays
{
    public static readonly TimeOnly DayStarts = new(8, 0);
    public static readonly TimeOnly DayEnds = new(17, 0);

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Time.SwedishHolidays.IsHoliday(day);

    /// <summary>The working day on or before <paramref name="day"/>: a date that falls on a weekend or holiday moves back to the last working day.</summary>
    public static DateOnly OnOrBefore(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>The working day on or after <paramref name="day"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>True when a nudge may be sent at this Swedish local time (08–17 on a working day).</summary>
    public static bool IsWithinWorkingHours(DateTimeOffset swedishLocal) => IsWithinWorkingHours(swedishLocal, DayStarts, DayEnds);

    /// <summary>True when a nudge may be sent at this Swedish local time, on a working day from <paramref name="starts"/> until <paramref name="ends"/>.</summary>
    public static bool IsWithinWorkingHours(DateTimeOffset swedishLocal, TimeOnly starts, TimeOnly ends) =>
        IsWorkingDay(DateOnly.FromDateTime(swedishLocal.DateTime))
        && TimeOnly.FromDateTime(swedishLocal.DateTime) >= starts
        && TimeOnly.FromDateTime(swedishLocal.DateTime) < ends;

    /// <summary>
    /// The first moment at or after <paramref name="instant"/> when the bot may disturb people: the instant itself
    /// within working hours, otherwise 08:00 Swedish time on the next working day.
    /// </summary>
    public static DateTimeOffset NextWorkingTime(DateTimeOffset instant) => NextWorkingTime(instant, DayStarts, DayEnds);

    /// <summary>
    /// The first moment at or after <paramref name="instant"/> within working hours from <paramref name="starts"/>
    /// until <paramref name="ends"/>: the instant itself, or <paramref name="starts"/> Swedish time on the next working day.
    /// </summary>
    public static DateTimeOffset NextWorkingTime(DateTimeOffset instant, TimeOnly starts, TimeOnly ends)
    {
        var swedish = Time.SwedishTime.ToSwedish(instant);
        if (IsWithinWorkingHours(swedish, starts, ends))
        {
            return instant;
        }

        var day = DateOnly.FromDateTime(swedish.DateTime);
        if (TimeOnly.FromDateTime(swedish.DateTime) >= ends || !IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        var start = day.ToDateTime(starts);
        return new DateTimeOffset(start, Time.SwedishTime.Zone.GetUtcOffset(start)).ToUniversalTime();
    }
}
