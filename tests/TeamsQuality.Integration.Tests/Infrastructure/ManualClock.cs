namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>A clock the test sets, so scheduled work can be run "on Monday at nine" or "on Saturday".</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>A Swedish wall-clock time (CET in winter).</summary>
    public static DateTimeOffset Swedish(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TeamsQuality.Domain.Time.SwedishTime.Zone.GetUtcOffset(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified)));
}
