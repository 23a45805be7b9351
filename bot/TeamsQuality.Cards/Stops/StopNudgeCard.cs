using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Stops;

/// <summary>
/// The short 1:1 nudge to a unit manager (for the manager group's stop, to the deputy director) about a stop: which
/// unit (or that the manager group holds it), which theme, the due date and the days left or late,
/// and a button to open it. Nothing else: a nudge says that something needs attention, never more.
/// </summary>
public static class StopNudgeCard
{
    /// <param name="language">The manager's language.</param>
    /// <param name="kind">Due, a reminder a week before, or overdue.</param>
    /// <param name="stop">The unit's stop.</param>
    /// <param name="unit">The unit the stop belongs to.</param>
    /// <param name="today">Today in Sweden, for the days left or late.</param>
    public static AdaptiveCard Build(UiLanguage language, StopEventKind kind, LearningStop stop, Unit unit, DateOnly today)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var definition = stop.Definition;
        var due = Date(language, stop.DueDate);
        var group = ManagerGroup.IsGroup(unit.Id);

        var (title, text, colour) = kind switch
        {
            StopEventKind.Reminder => (string.Format(culture, t.NudgeReminderTitle, definition.Number, definition.Theme), t.NudgeReminderText, "warning"),
            StopEventKind.Overdue => (string.Format(culture, t.NudgeOverdueTitle, definition.Number, definition.Theme, due), t.NudgeOverdueText, "attention"),
            _ => (string.Format(culture, t.NudgeDueTitle, definition.Number, definition.Theme), t.NudgeDueText, (string?)null),
        };

        var daysLeft = stop.DueDate.DayNumber - today.DayNumber;
        var days = Math.Abs(daysLeft) == 1 ? t.DayOne : string.Format(culture, t.DaysMany, Math.Abs(daysLeft));
        var timeLeft = daysLeft switch
        {
            > 0 => new Fact(t.TimeLeftLabel, days),
            0 => new Fact(t.TimeLeftLabel, t.DueToday),
            _ => new Fact(t.DaysLateLabel, days),
        };

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = title,
            Body =
            [
                new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading", Color = colour },
                new FactSet(
                [
                    group ? new Fact(t.ManagerGroupHeldBy, unit.Name) : new Fact(t.ProfileUnit, unit.Name),
                    new Fact(t.ThemeLabel, $"{definition.Number} – {definition.Theme}"),
                    new Fact(t.StopDueDateLabel, due),
                    timeLeft,
                ]),
                new TextBlock(group ? t.ManagerGroupNudgeText + " " + text : text) { Size = "small", IsSubtle = true },
            ],
            Actions =
            [
                new ExecuteAction(t.OpenStop, CardVerbs.OpenStop) { Data = StopData(stop.Key, step: (int)AnalysisStep.Nulagesbeskrivning), Style = "positive" },
                new ExecuteAction(t.ShowAllStops, CardVerbs.ListStops) { Data = new() { [CardKeys.Unit] = unit.Id } },
            ],
        };
    }
}
