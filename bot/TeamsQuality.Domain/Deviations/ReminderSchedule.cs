namespace TeamsQuality.Domain.Deviations;

/// <summary>Which reminder of a decision that is waited for is due: its number (1 for the first), and whether it is escalated.</summary>
public sealed record Reminder(int Number, bool Escalated);

/// <summary>
/// How a decision that is waited for (the manager's assessment, the deputy director's IVO decision) is reminded of: every
/// <paramref name="Interval"/> since the wait began, and escalated once it has waited <paramref name="EscalateAfter"/>.
/// </summary>
public sealed record ReminderSchedule(TimeSpan Interval, TimeSpan EscalateAfter)
{
    /// <summary>The reminder due after <paramref name="waited"/>, or null before the first interval has passed.</summary>
    public Reminder? Due(TimeSpan waited)
    {
        var number = (int)(waited.Ticks / Math.Max(1, Interval.Ticks));
        return number < 1 ? null : new Reminder(number, waited >= EscalateAfter);
    }
}
