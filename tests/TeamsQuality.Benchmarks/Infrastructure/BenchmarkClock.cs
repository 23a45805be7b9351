using System.Diagnostics;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Benchmarks.Infrastructure;

/// <summary>
/// The clock the product code sees: set to a Swedish wall-clock time, it then runs on with real elapsed time, so
/// "Monday 09:00" stays within working hours for the run and timestamps still increase.
/// </summary>
public sealed class BenchmarkClock : TimeProvider
{
    private DateTimeOffset _setTo = DateTimeOffset.UnixEpoch;
    private long _setAt = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _setTo + Stopwatch.GetElapsedTime(Volatile.Read(ref _setAt));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Set(DateTimeOffset now)
    {
        _setTo = now.ToUniversalTime();
        Volatile.Write(ref _setAt, Stopwatch.GetTimestamp());
    }

    /// <summary>A Swedish wall-clock time (CET or CEST as the day has it).</summary>
    public static DateTimeOffset Swedish(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, SwedishTime.Zone.GetUtcOffset(local));
    }
}
