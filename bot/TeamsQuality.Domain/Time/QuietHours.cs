using TeamsQuality.Domain.Stops;

namespace TeamsQuality.Domain.Time;

/// <summary>
/// When a tenant's people are left alone: outside working hours (<paramref name="DayStarts"/> to
/// <paramref name="DayEnds"/> Swedish time, Monday to Friday) a nudge, a reminder or a non-urgent notice waits for the
/// next working hour. An administration whose staff work other hours (a 07–16 home care, say) gets its own from the
/// operator; <paramref name="On"/> false lets everything go at any hour (only for trying the app).
/// </summary>
public sealed record QuietHours(bool On, TimeOnly DayStarts, TimeOnly DayEnds)
{
    /// <summary>Monday to Friday 08–17 Swedish time.</summary>
    public static QuietHours Default { get; } = new(true, WorkingDays.DayStarts, WorkingDays.DayEnds);

    /// <summary>Whether a message that waits for working hours may go at this instant.</summary>
    public bool Allows(DateTimeOffset instant) =>
        !On || WorkingDays.IsWithinWorkingHours(SwedishTime.ToSwedish(instant), DayStarts, DayEnds);

    /// <summary>The first moment at or after <paramref name="instant"/> such a message may go.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset instant) =>
        On ? WorkingDays.NextWorkingTime(instant, DayStarts, DayEnds) : instant;

    /// <summary>Why these hours cannot be used (a day that ends before it starts), or null.</summary>
    public string? Problem() => DayStarts < DayEnds ? null : $"the working day must start before it ends ({DayStarts:HH\\:mm}–{DayEnds:HH\\:mm})";
}
