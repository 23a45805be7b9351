namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// A clock that runs in real time from a moment the test chooses: for a whole bot with its Hangfire server and the
/// playground, where time must go on (timestamps, timers) but the date must be one the test needs. A test that follows
/// work over weeks or months (a reminder, a follow-up three months later) moves it on with <see cref="MoveTo"/>; it
/// goes on running from there.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private long _shiftTicks = (start - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>From now on the clock shows <paramref name="moment"/> and runs on from it (never backwards in a test that needs order).</summary>
    public void MoveTo(DateTimeOffset moment) => Interlocked.Exchange(ref _shiftTicks, (moment - System.GetUtcNow()).Ticks);
}
