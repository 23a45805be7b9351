using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Stops;

/// <summary>
/// How a stop ended, posted when it is finished: status Klar, who finished it and when, the bedömning, trend and
/// comment, the summary of each step, and the actions it put in the unit's plan with their origin.
/// </summary>
public static class StopSummaryCard
{
    /// <summary>
    /// How much one text may cost as JSON (<see cref="CardParts.JsonCost"/>): a whole 4000-character Swedish text;
    /// only one in the costliest letters is cut (the whole is in the stop's step). Five of them and the actions stay well
    /// under Teams' 80 KB, so the card reaches the channel.
    /// </summary>
    private const int TextBudget = 9_000;

    /// <summary>How much the actions' titles may cost in all; the rest are counted.</summary>
    private const int ActionBudget = 10_000;

    /// <param name="language">The language of the chat or channel.</param>
    /// <param name="stop">The finished stop.</param>
    /// <param name="unit">The unit it belongs to.</param>
    /// <param name="actions">The actions finishing the stop created.</param>
    public static AdaptiveCard Build(UiLanguage language, LearningStop stop, Unit unit, IReadOnlyList<ImprovementAction> actions)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var definition = stop.Definition;
        var conclusion = stop.Conclusion;

        var body = new List<CardElement>
        {
            Heading(string.Format(culture, conclusion is null ? t.StopTitle : t.StopClosedTitle, definition.Number, definition.Theme)),
            Subtle($"{unit.Name} · {stop.Key.Year}"),
        };

        var facts = new List<Fact> { new(t.StatusLabel, t.StatusName(stop.Status)) };
        if (conclusion is null)
        {
            body.Add(new TextBlock(t.StopNotFinished) { Color = "warning" });
        }
        else
        {
            facts.Add(new Fact(t.FinishedByLabel, string.Format(culture, t.WrittenBy, conclusion.FinishedByName, WhenOnRecord(language, conclusion.FinishedAt))));
            facts.Add(new Fact(t.AssessmentLabel, conclusion.NeedsAction ? t.AssessmentNeedsAction : t.AssessmentNoAction));
            facts.Add(new Fact(t.TrendFactLabel, t.TrendName(conclusion.Trend)));
        }

        body.Add(new FactSet(facts));
        if (conclusion?.Comment is { } comment)
        {
            body.Add(Subheading(t.CommentLabel));
            body.Add(Plain(CardParts.WithinCost(comment, TextBudget), "none"));
        }

        body.Add(Subheading(t.StepSummariesHeading));
        foreach (var step in Enum.GetValues<AnalysisStep>())
        {
            var summary = stop.SummaryOf(step);
            body.Add(new TextBlock($"{(int)step} – {t.StepName(step)}") { Weight = "bolder", Size = "small", Spacing = "small" });
            body.Add(summary is null
                ? new TextBlock(t.SummaryNone) { IsSubtle = true, Size = "small", Spacing = "none" }
                : Plain(CardParts.WithinCost(summary.Text, TextBudget), "none"));
        }

        body.Add(Subheading(string.Format(culture, t.ActionsCreatedHeading, actions.Count)));
        if (actions.Count == 0)
        {
            body.Add(new TextBlock(t.ActionsNone) { IsSubtle = true, Spacing = "none" });
        }
        else
        {
            ActionListPart.Add(body, language, t, actions, int.MaxValue, ActionBudget, rowCost: 200);
            foreach (var origin in actions.Select(a => a.Origin.Description).Distinct(StringComparer.Ordinal))
            {
                body.Add(new TextBlock(string.Format(culture, t.OriginIs, origin)) { IsSubtle = true, Size = "small" });
            }
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.StopClosedFallback, definition.Number, definition.Theme),
            Body = body,
            Actions =
            [
                new ExecuteAction(t.OpenStop, CardVerbs.OpenStop) { Data = StopData(stop.Key, (int)AnalysisStep.Nulagesbeskrivning) },
                new ExecuteAction(t.ShowAllStops, CardVerbs.ListStops) { Data = new() { [CardKeys.Unit] = unit.Id } },
                .. (stop.Definition.ProducesQualityReport
                    ? new CardActionElement[] { new ExecuteAction(t.QualityReportOpenFromStop, CardVerbs.QualityReport) { Data = QualityReports.QualityReportPress.Data(unit.Id, stop.Key.Year) } }
                    : []),
            ],
        };
    }
}
