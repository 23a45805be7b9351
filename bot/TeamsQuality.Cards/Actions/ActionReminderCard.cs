using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Actions;

/// <summary>
/// To an action's owner, a week before its due date, on the day and when it is overdue: the action (a report it came
/// from named only to an owner who may see it), and the button to change its status (or its date) with a comment.
/// </summary>
public static class ActionReminderCard
{
    /// <param name="language">The owner's language.</param>
    /// <param name="kind">Which reminder (not <see cref="ActionReminderKind.FollowUp"/>: that is <see cref="ActionEffectCard"/>).</param>
    /// <param name="unit">The unit whose plan it is in.</param>
    /// <param name="action">The action.</param>
    /// <param name="report">The report it came from, when the owner may see it.</param>
    /// <param name="now">When it is sent.</param>
    public static AdaptiveCard Build(UiLanguage language, ActionReminderKind kind, Unit unit, ImprovementAction action, DeviationReference? report, DateTimeOffset now)
    {
        var t = Texts.For(language);
        var body = new List<CardElement>
        {
            new TextBlock(t.ActionReminderTitle(kind)) { Size = "medium", Weight = "bolder", Style = "heading", Color = kind == ActionReminderKind.Overdue ? "attention" : null },
            new FactSet([new Fact(t.FieldUnit, unit.Name)]),
        };
        body.AddRange(ActionCardParts.Summary(language, t, action, report, now));
        body.Add(new TextBlock(t.ActionReminderHint) { Size = "small", IsSubtle = true, Spacing = "medium" });
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(language.Culture(), t.ActionReminderFallback, Shorten(action.Title, 80)),
            Body = body,
            Actions =
            [
                new ExecuteAction(t.ChangeStatusButton, CardVerbs.ActionStatusForm) { Data = ActionCardParts.Data(unit, action), Style = "positive" },
                new ExecuteAction(t.ShowActionPlan, CardVerbs.ActionPlan) { Data = new() { [CardKeys.Unit] = unit.Id } },
            ],
        };
    }
}
