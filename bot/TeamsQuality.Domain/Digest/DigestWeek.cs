using System.Globalization;
using TeamsQuality.Domain.Stops;

namespace TeamsQuality.Domain.Digest;

/// <summary>
/// The week a weekly digest (veckobrevet) is about: an ISO 8601 week, Monday to Sunday, in Swedish time. It goes out on
/// the week's first working day (Monday, or Tuesday after Annandag påsk or Annandag pingst …); a run on a later working
/// day of the same week still sends what was not sent (a missed Monday is caught up on Tuesday), never twice: the
/// digest's key names the week. A week whose days all passed without a run is not sent afterwards: what was due then
/// is in the next week's digest as overdue.
/// </summary>
/// <param name="Year">The ISO week-numbering year (the Monday of week 1 may be in December).</param>
/// <param name="Number">The ISO week number, 1 to 53.</param>
/// <param name="Monday">The week's Monday.</param>
public sealed record DigestWeek(int Year, int Number, DateOnly Monday)
{
    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>"2027-W13": the week in keys and in what the outbox lists.</summary>
    public string Key => Year.ToString("D4", CultureInfo.InvariantCulture) + "-W" + Number.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>The week a Swedish day belongs to.</summary>
    public static DigestWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new DigestWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date), monday);
    }

    /// <summary>The week's first working day (Swedish holidays and weekends excluded), or null for a week without one.</summary>
    public DateOnly? FirstWorkingDay =>
        Enumerable.Range(0, 5).Select(Monday.AddDays).Cast<DateOnly?>().FirstOrDefault(d => WorkingDays.IsWorkingDay(d!.Value));

    /// <summary>
    /// Whether the digest of this week may be recorded on <paramref name="day"/>: a working day of the week on or after
    /// its first working day. Not before it (a holiday Monday sends nothing), not on a weekend.
    /// </summary>
    public bool SendsOn(DateOnly day) =>
        FirstWorkingDay is { } first && day >= first && day <= Sunday && WorkingDays.IsWorkingDay(day);

    public bool Contains(DateOnly day) => day >= Monday && day <= Sunday;
}
