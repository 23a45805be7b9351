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
    public const string PlanVerb = CardVerbs.SelfCheckPlan;

    /// <summary>How many points one card shows; the rest are counted.</summary>
    internal const int MostShown = 40;

    /// <summary>How much the points' texts may cost in all (<see cref="CardParts.JsonCost"/>).</summary>
    private const int PointBudget = 45_000;

    private const int LongestWhat = 200;

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

            var (shown, hidden) = Oldest(points, MostShown, PointBudget, p => JsonCost(Shorten(p.What, LongestWhat)) + JsonCost(p.ResponsibleName) + 1500);
            foreach (var point in shown)
            {
                body.Add(Row(language, t, unit, point, SelfCheckProgress.Of(point, year, results, today)));
            }

            if (hidden > 0)
            {
                body.Add(Hidden(string.Format(culture, t.SelfCheckHidden, hidden)));
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
            new RichTextBlock([new TextRun(Shorten(point.What, LongestWhat)) { Weight = "bolder" }]),
            Subtle($"{t.PerspectiveName(point.Perspective)} · {t.MethodOfCheck(point.Method)} · {Shorten(point.ResponsibleName ?? t.CheckResponsibleManager, 100)}"),
        };
        if (progress.LastOrDefault(p => p.Result is not null) is { Result: { } latest })
        {
            items.AddRange(SelfCheckCard.ResultLines(language, t, point, latest).Take(1));
        }

        // The overdue ones (the oldest three named, the rest counted) and the one to do now; a button for each, at most three.
        var due = progress.Where(p => p.State is OccurrenceState.Overdue or OccurrenceState.Open).ToList();
        var overdue = due.Where(p => p.State == OccurrenceState.Overdue).ToList();
        if (overdue.Count > 0)
        {
            var periods = string.Join(", ", overdue.Take(3).Select(o => t.PeriodOf(point.Frequency, o.Occurrence))) + (overdue.Count > 3 ? $" … ({overdue.Count})" : string.Empty);
            items.Add(Line(string.Format(culture, t.SelfCheckOverdueLine, periods), "attention"));
        }

        if (due.FirstOrDefault(p => p.State == OccurrenceState.Open) is { } open)
        {
            items.Add(Line(string.Format(culture, t.SelfCheckOpenLine, t.PeriodOf(point.Frequency, open.Occurrence), Date(language, open.Occurrence.Due)), "accent"));
        }

        var buttons = due.Take(3)
            .Select(d => (CardActionElement)new ExecuteAction(string.Format(culture, t.SelfCheckRecord, t.PeriodOf(point.Frequency, d.Occurrence)), CardVerbs.OpenSelfCheck) { Data = SelfCheckCard.Data(unit.Id, d.Occurrence) })
            .ToList();

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

    private static RichTextBlock Line(string text, string colour) => new([new TextRun(text) { Color = colour, Weight = "bolder" }]) { Spacing = "small" };
}
