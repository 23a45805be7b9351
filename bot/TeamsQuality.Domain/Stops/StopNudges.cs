namespace TeamsQuality.Domain.Stops;

/// <summary>What the bot tells a unit about a stop, and when.</summary>
public enum StopEventKind
{
    /// <summary>The stop's month has come: the card goes to the unit's channel and a nudge to the manager.</summary>
    Due,

    /// <summary>A week before the stop's last month ends, if the stop has not been started.</summary>
    Reminder,

    /// <summary>After the due date, if the stop is not finished.</summary>
    Overdue,
}

public sealed record StopEvent(StopEventKind Kind, DateOnly On);

/// <summary>The nudge rules of a stop.</summary>
public static class StopNudges
{
    /// <summary>
    /// The events of a stop planned on <paramref name="today"/>, on the day each becomes true: the stop's window
    /// opens (or today, for a window already open), a week before its last month ends, the day after it was due.
    /// Events whose day has passed are left out. Sending waits for working hours (see <see cref="WorkingDays"/>).
    /// </summary>
    public static IReadOnlyList<StopEvent> Plan(LearningStop stop, DateOnly today)
    {
        var events = new List<StopEvent>();
        if (today <= stop.DueDate)
        {
            var due = stop.Opens > today ? stop.Opens : today;
            events.Add(new StopEvent(StopEventKind.Due, due));
            var reminder = stop.DueDate.AddDays(-7);
            if (reminder > due)
            {
                events.Add(new StopEvent(StopEventKind.Reminder, reminder));
            }

            events.Add(new StopEvent(StopEventKind.Overdue, stop.DueDate.AddDays(1)));
        }

        return events;
    }

    /// <summary>
    /// Whether an event about this stop still needs saying when its day comes (<see cref="StillWanted(StopEventKind, StopStatus)"/>);
    /// nothing about a unit's copy of a manager-group stop, which the group holds once (<see cref="LearningStop.IsUnitCopyOfGroupStop"/>).
    /// </summary>
    public static bool StillWanted(StopEventKind kind, LearningStop stop) => !stop.IsUnitCopyOfGroupStop && StillWanted(kind, stop.Status);

    /// <summary>Whether an event still needs saying when its day comes: nothing about a finished stop, no reminder once started.</summary>
    public static bool StillWanted(StopEventKind kind, StopStatus status) => kind switch
    {
        StopEventKind.Due => status != StopStatus.Klar,
        StopEventKind.Reminder => status == StopStatus.EjPaborjad,
        StopEventKind.Overdue => status != StopStatus.Klar,
        _ => false,
    };
}
