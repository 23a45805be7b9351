namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// A clock that runs in real time from a moment the test chooses: for a whole bot with its Hangfire server and the
/// playground, where time must go on (timestamps, timers) but the date must be one the test needs.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
