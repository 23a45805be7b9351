using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>
/// "egenkontroller": the unit's plan for the year with each control point's latest result, what is to be done now and
/// what is overdue, a button per due occurrence to record it, the year's counts, and <i>Planera</i> to the plan's card.
/// </summary>
public static class SelfCheckListCard
{
    /// <summary>The plan's card (selfplan's <c>egenkontrollplan</c>), opened with data unit and year.</summary>
    public const string PlanVerb = "selfcheck.plan";

    /// <summary>How many points one card shows; the rest are counted.</summary>
    internal const int MostShown = 40;

    /// <param name="points">The plan's points (empty: no plan yet).</param>
    /// <param name="results">The latest result of each occurrence of the unit's year.</param>
    /// <param name="today">The Swedish day.</param>
    public static AdaptiveCard Build(UiLanguage language, Unit unit, int year, IReadOnlyList<ControlPoint> points, IReadOnlyList<SelfCheckResult> results, DateOnly today)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var body = new List<CardElement> { Heading(string.Format(culture, t.SelfCheckListTitle, unit.Name, year)) };
        if (points.Count == 0)
        {
            body.Add(new TextBlock(string.Format(culture, t.SelfCheckListEmpty, year)) { IsSubtle = true });
        }
        else
        {
            var tally = SelfCheckProgress.Tally(points, year, results, today);
            body.Add(Subtle(string.Format(culture, t.SelfCheckListSummary, tally.Sum(p => p.Planned), tally.Sum(p => p.Done), tally.Sum(p => p.Godkand), tally.Sum(p => p.EjGodkand))));
            foreach (var perspective in tally.Where(p => p.Planned > 0))
            {
                body.Add(Subtle(string.Format(culture, t.SelfCheckTallyLine, t.PerspectiveName(perspective.Perspective), perspective.Planned, perspective.Done, perspective.Godkand, perspective.EjGodkand)));
            }

            foreach (var point in points.Take(MostShown))
            {
                body.Add(Row(language, t, unit, point, SelfCheckProgress.Of(point, year, results, today)));
            }

            if (points.Count > MostShown)
            {
                body.Add(Hidden(string.Format(culture, t.SelfCheckHidden, points.Count - MostShown)));
            }
        }

        var data = new JsonObject { [CardKeys.Unit] = unit.Id, [CardKeys.Year] = year };
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.SelfCheckListTitle, unit.Name, year),
            Body = body,
            Actions =
            [
                new ExecuteAction(t.SelfCheckPlanButton, PlanVerb) { Data = data },
                new ExecuteAction(t.Refresh, CardVerbs.SelfCheckList) { Data = data.DeepClone().AsObject() },
            ],
        };
    }

    private static Container Row(UiLanguage language, Texts t, Unit unit, ControlPoint point, IReadOnlyList<OccurrenceProgress> progress)
    {
        var culture = language.Culture();
        var items = new List<CardElement>
        {
            new RichTextBlock([new TextRun(Shorten(point.What, 200)) { Weight = "bolder" }]),
            Subtle($"{t.PerspectiveName(point.Perspective)} · {t.MethodOfCheck(point.Method)} · {point.ResponsibleName ?? t.CheckResponsibleManager}"),
        };
        if (progress.LastOrDefault(p => p.Result is not null) is { Result: { } latest })
        {
            items.AddRange(SelfCheckCard.ResultLines(language, t, point, latest).Take(2));
        }

        var buttons = new List<CardActionElement>();
        foreach (var due in progress.Where(p => p.State is OccurrenceState.Overdue or OccurrenceState.Open))
        {
            var period = t.PeriodOf(point.Frequency, due.Occurrence);
            var overdue = due.State == OccurrenceState.Overdue;
            items.Add(new RichTextBlock(
            [
                new TextRun(string.Format(culture, overdue ? t.SelfCheckOverdueLine : t.SelfCheckOpenLine, period, Date(language, due.Occurrence.Due)))
                {
                    Color = overdue ? "attention" : "accent",
                    Weight = "bolder",
                },
            ])
            {
                Spacing = "small",
            });
            if (buttons.Count < 3)
            {
                buttons.Add(new ExecuteAction(string.Format(culture, t.SelfCheckRecord, period), CardVerbs.OpenSelfCheck) { Data = SelfCheckCard.Data(unit.Id, due.Occurrence) });
            }
        }

        if (buttons.Count == 0 && progress.FirstOrDefault(p => p.State == OccurrenceState.Upcoming) is { } next)
        {
            items.Add(Subtle(string.Format(culture, t.SelfCheckNextLine, t.PeriodOf(point.Frequency, next.Occurrence))));
        }

        if (buttons.Count > 0)
        {
            items.Add(new ActionSet(buttons) { Spacing = "small" });
        }

        return new Container(items) { Spacing = "medium", Separator = true };
    }
}
