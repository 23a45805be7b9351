using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Actions;

/// <summary>
/// To the person named owner of an action in the unit's plan: what the action is, its due date, the unit, who named
/// them and where it comes from, and a button to that stop or report. An action from a report names the report only
/// to an owner who may see it; to anyone else it says "a report".
/// </summary>
public static class ActionOwnerCard
{
    /// <param name="language">The owner's language.</param>
    /// <param name="action">The action.</param>
    /// <param name="unit">The unit whose plan it is in.</param>
    /// <param name="namedBy">Who named the owner.</param>
    /// <param name="stop">The stop it comes from, when it comes from one.</param>
    /// <param name="report">The report it comes from, when the owner may see it.</param>
    public static AdaptiveCard Build(UiLanguage language, ImprovementAction action, Unit unit, string namedBy, StopKey? stop, DeviationReference? report)
    {
        var t = Texts.For(language);
        var n = t.Notices;
        var culture = language.Culture();
        var origin = action.Origin.Kind == ActionOriginKind.Avvikelse
            ? report?.ToString() ?? n.ActionFromReport
            : action.Origin.Description;
        CardActionElement open = stop is not null
            ? new ExecuteAction(t.OpenStop, CardVerbs.OpenStop) { Data = StopData(stop, step: (int)AnalysisStep.ForslagPaAtgarder), Style = "positive" }
            : report is { } reference
                ? OpenDeviationButton(t, reference)
                : new ExecuteAction(t.ShowAllStops, CardVerbs.ListStops) { Data = new() { [CardKeys.Unit] = unit.Id } };
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, n.ActionOwnerFallback, Shorten(action.Title, 80)),
            Body =
            [
                new TextBlock(n.ActionOwnerTitle) { Size = "medium", Weight = "bolder", Style = "heading" },
                new TextBlock(string.Format(culture, n.ActionOwnerIntro, namedBy)) { Size = "small", Spacing = "small" },
                new RichTextBlock([new TextRun(Shorten(action.Title, 300)) { Weight = "bolder" }]),
                new FactSet(
                [
                    new Fact(t.FieldUnit, unit.Name),
                    new Fact(n.ActionDueLabel, action.DueDate is { } due ? Date(language, due) : n.ActionNoDueDate),
                    new Fact(n.ActionOriginLabel, origin),
                ]),
                new TextBlock(n.ActionOwnerHint) { Size = "small", IsSubtle = true },
            ],
            // The owner follows it from here: its status (with a comment) as it goes.
            Actions = [new ExecuteAction(t.ChangeStatusButton, CardVerbs.ActionStatusForm) { Data = ActionCardParts.Data(unit, action) }, open],
        };
    }
}
