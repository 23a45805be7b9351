using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Stops;

/// <summary>
/// The answer to "hållplatser": a unit's stops in a wheel year, one compact row each (number and theme, month, due
/// date, status, a button), so ten stops read well on a phone. The manager starts a stop from here; everyone opens one.
/// The manager group's stops follow, marked as the group's, for those in it; the deputy director's own list is the
/// group's, with the units to choose from below it.
/// </summary>
public static class StopListCard
{
    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The unit whose stops are shown (any unit, for those who follow all units), or the manager group.</param>
    /// <param name="year">The wheel year.</param>
    /// <param name="stops">The unit's stops in that year.</param>
    /// <param name="viewer">Who asked: the unit's manager gets "Starta nu" on stops not yet started.</param>
    /// <param name="today">Today in Sweden, for "försenad" and "dags nu".</param>
    /// <param name="group">The manager group (its holder), when its stops are listed after the unit's.</param>
    /// <param name="groupStops">The manager group's stops in that year, for those in the group.</param>
    /// <param name="chooseFrom">Units to choose from after the list (the deputy director's own list is the group's).</param>
    public static AdaptiveCard Build(
        UiLanguage language, Unit unit, int year, IReadOnlyList<LearningStop> stops, Person viewer, DateOnly today,
        Unit? group = null, IReadOnlyList<LearningStop>? groupStops = null, IReadOnlyList<Unit>? chooseFrom = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var body = new List<CardElement> { Heading(string.Format(culture, t.StopListTitle, year, unit.Name)) };
        var fallback = string.Format(culture, t.StopListFallback, unit.Name);

        if (!LearningStop.CanSee(viewer, unit))
        {
            return StopAccessRefused(language, t, fallback, body, unit);
        }

        if (ManagerGroup.IsGroup(unit.Id))
        {
            body.Add(new TextBlock(t.ManagerGroupStopsIntro) { IsSubtle = true, Spacing = "none" });
        }

        var ordered = stops.OrderBy(s => s.Key.Number).ToList();
        var groupOrdered = group is null ? [] : (groupStops ?? []).OrderBy(s => s.Key.Number).ToList();
        if (ordered.Count == 0 && groupOrdered.Count == 0 && (chooseFrom ?? []).Count == 0)
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

        if (group is not null && groupOrdered.Count > 0)
        {
            // The manager group's stops, marked as the group's: held once for all units, not in this one.
            body.Add(new TextBlock(t.ManagerGroupStopsTitle) { Weight = "bolder", Spacing = "large", Separator = true });
            body.Add(new TextBlock(t.ManagerGroupStopsIntro) { IsSubtle = true, Spacing = "none" });
            body.AddRange(groupOrdered.Select(stop => Row(language, t, stop, group, viewer, today)));
        }

        var actions = new List<CardActionElement>();
        if (chooseFrom is { Count: > 0 })
        {
            body.Add(Organisations.UnitPickerCard.Choice(t, chooseFrom, CardKeys.ListUnit, t.ChooseUnitTitle) with { Separator = true, Spacing = "large" });
            actions.Add(new ExecuteAction(t.ShowStops, CardVerbs.ListStops));
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = fallback,
            Body = body,
            Actions = actions.Count > 0 ? actions : null,
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
