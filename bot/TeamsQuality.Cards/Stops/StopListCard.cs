using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Stops;

/// <summary>
/// The answer to "hållplatser": a unit's stops in a wheel year, one compact row each (number and theme, month, due
/// date, status, a button), so ten stops read well on a phone. The manager starts a stop from here; everyone opens one.
/// </summary>
public static class StopListCard
{
    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The unit whose stops are shown (any unit, for those who follow all units).</param>
    /// <param name="year">The wheel year.</param>
    /// <param name="stops">The unit's stops in that year.</param>
    /// <param name="viewer">Who asked: the unit's manager gets "Starta nu" on stops not yet started.</param>
    /// <param name="today">Today in Sweden, for "försenad" and "dags nu".</param>
    public static AdaptiveCard Build(UiLanguage language, Unit unit, int year, IReadOnlyList<LearningStop> stops, Person viewer, DateOnly today)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var body = new List<CardElement> { Heading(string.Format(culture, t.StopListTitle, year, unit.Name)) };
        var fallback = string.Format(culture, t.StopListFallback, unit.Name);

        if (!LearningStop.CanSee(viewer, unit))
        {
            return StopAccessRefused(language, t, fallback, body, unit);
        }

        var ordered = stops.OrderBy(s => s.Key.Number).ToList();
        if (ordered.Count == 0)
        {
            body.Add(new TextBlock(string.Format(culture, t.StopListEmpty, year)) { IsSubtle = true });
            return CardParts.BackToHelpCard(language, t, fallback, body);
        }

        var done = ordered.Count(s => s.Status == StopStatus.Klar);
        var overdue = ordered.Count(s => s.IsOverdue(today));
        var progress = string.Format(culture, t.StopListProgress, done, ordered.Count);
        body.Add(new RichTextBlock(overdue == 0
            ? [new TextRun(progress) { IsSubtle = true }]
            : [new TextRun(progress + " · ") { IsSubtle = true }, new TextRun(string.Format(culture, t.StopListOverdueCount, overdue)) { Color = "attention" }])
        {
            Spacing = "none",
        });

        body.AddRange(ordered.Select(stop => Row(language, t, stop, unit, viewer, today)));

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = fallback,
            Body = body,
        };
    }

    private static ColumnSet Row(UiLanguage language, Texts t, LearningStop stop, Unit unit, Person viewer, DateOnly today)
    {
        var definition = stop.Definition;
        var when = $"{Months(language, definition.Months)} · {string.Format(language.Culture(), t.StopListDue, stop.DueDate.ToString("d MMM yyyy", language.Culture()))}";

        var status = new List<TextRun> { new(t.StatusName(stop.Status)) { Color = StatusColour(stop.Status), Weight = "bolder" } };
        if (stop.IsOverdue(today))
        {
            status.Add(new TextRun(" · " + t.StopListOverdue) { Color = "attention", Weight = "bolder" });
        }
        else if (stop.Status != StopStatus.Klar && today >= stop.Opens && today <= stop.DueDate)
        {
            status.Add(new TextRun(" · " + t.StopListNow) { Color = "accent" });
        }

        var startable = stop.Status == StopStatus.EjPaborjad && stop.CanManage(viewer, unit);
        var button = new ExecuteAction(startable ? t.StopListStartNow : t.StopListOpen, CardVerbs.OpenStop)
        {
            Data = StopData(stop.Key),
            Style = startable ? "positive" : null,
        };

        return new ColumnSet(
        [
            new Column(
            [
                new RichTextBlock([new TextRun($"{definition.Number}. {definition.Theme}") { Weight = "bolder" }]),
                Subtle(when),
                new RichTextBlock(status) { Spacing = "none" },
            ])
            {
                Width = "stretch",
                VerticalContentAlignment = "center",
            },
            new Column([new ActionSet([button])]) { Width = "auto", VerticalContentAlignment = "center" },
        ])
        {
            Separator = true,
            Spacing = "medium",
        };
    }

    internal static string? StatusColour(StopStatus status) => status switch
    {
        StopStatus.Klar => "good",
        StopStatus.Paborjad => "accent",
        _ => null,
    };
}
