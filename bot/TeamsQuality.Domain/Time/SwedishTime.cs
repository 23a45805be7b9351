namespace TeamsQuality.Domain.Time;

/// <summary>
/// Time in the administration's own zone. Instants are <see cref="DateTimeOffset"/> stored in UTC; they are shown
/// and scheduled in Europe/Stockholm (CET/CEST).
/// </summary>
public static class SwedishTime
{
    public const string TimeZoneId = "Europe/Stockholm";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The same instant as the clock on the wall in Sweden shows it.</summary>
    public static DateTimeOffset ToSwedish(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Swedish calendar day an instant falls on.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(ToSwedish(instant).DateTime);
}
