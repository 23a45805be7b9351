namespace TeamsQuality.Domain.Stops;

/// <summary>
/// When the bot may disturb people: working days (Monday to Friday) between 08 and 17 Swedish time. Swedish public
/// holidays are not yet taken into account.
/// </summary>
public static class WorkingDays
{
    public static readonly TimeOnly DayStarts = new(8, 0);
    public static readonly TimeOnly DayEnds = new(17, 0);

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>True when a nudge may be sent at this Swedish local time.</summary>
    public static bool IsWithinWorkingHours(DateTimeOffset swedishLocal) =>
        IsWorkingDay(DateOnly.FromDateTime(swedishLocal.DateTime))
        && TimeOnly.FromDateTime(swedishLocal.DateTime) >= DayStarts
        && TimeOnly.FromDateTime(swedishLocal.DateTime) < DayEnds;

    /// <summary>
    /// The first moment at or after <paramref name="instant"/> when the bot may disturb people: the instant itself
    /// within working hours, otherwise 08:00 Swedish time on the next working day.
    /// </summary>
    public static DateTimeOffset NextWorkingTime(DateTimeOffset instant)
    {
        var swedish = Time.SwedishTime.ToSwedish(instant);
        if (IsWithinWorkingHours(swedish))
        {
            return instant;
        }

        var day = DateOnly.FromDateTime(swedish.DateTime);
        if (TimeOnly.FromDateTime(swedish.DateTime) >= DayEnds || !IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        var start = day.ToDateTime(DayStarts);
        return new DateTimeOffset(start, Time.SwedishTime.Zone.GetUtcOffset(start)).ToUniversalTime();
    }
}
