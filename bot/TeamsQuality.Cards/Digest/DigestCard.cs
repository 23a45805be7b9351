using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Digest;
using TeamsQuality.Domain.Organisations;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Digest;

/// <summary>
/// The weekly digest (veckobrevet) in one card, made to be read on a phone: short lines, no tables. A manager's card
/// lists per unit the stops, self-checks and actions to do or overdue (overdue first, titles only) and the references
/// of the reports waiting for their assessment, each part with the button that opens its list. The deputy director's
/// and the quality developers' card has one line of counts per unit, the most overdue first (at most
/// <see cref="MostUnits"/>), and for the deputy director the IVO decisions still to make. Nothing sensitive: themes,
/// control points, action titles, references and counts, never what happened in a report.
/// </summary>
public static class DigestCard
{
    /// <summary>The most items listed per part; the rest are counted.</summary>
    public const int MostListed = 5;

    /// <summary>The most units listed across units; the rest are counted.</summary>
    public const int MostUnits = 10;

    private const int LongestTitle = 90;

    public static AdaptiveCard Build(UiLanguage language, PersonDigest digest)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var week = digest.Week.Number.ToString(CultureInfo.InvariantCulture);
        var body = new List<CardElement>
        {
            Heading(string.Format(culture, t.DigestTitle, week)),
            Subtle(string.Format(culture, t.DigestWeekSpan, Date(language, digest.Week.Monday), Date(language, digest.Week.Sunday))),
        };

        if (digest.Scope == DigestScope.AcrossUnits)
        {
            AcrossUnits(body, t, culture, digest.Units);
        }
        else
        {
            foreach (var unit in digest.Units)
            {
                UnitPart(body, language, t, unit);
            }
        }

        if (digest.ManagerGroup is { } group)
        {
            UnitPart(body, language, t, group);
        }

        if (digest.IvoPending.Count > 0)
        {
            body.Add(SectionHeading(string.Format(culture, t.DigestIvoPending, digest.IvoPending.Count), "attention"));
            foreach (var pending in digest.IvoPending.Take(MostListed))
            {
                body.Add(Plain("• " + pending.Reference + " · " + string.Format(
                    culture, t.DigestIvoLine, Shorten(pending.UnitName, 60), Date(language, Domain.Time.SwedishTime.Day(pending.AssessedAt))), "none"));
            }

            More(body, t, culture, digest.IvoPending.Count);
        }

        body.Add(new TextBlock(t.DigestFooter) { IsSubtle = true, Size = "small", Spacing = "medium" });
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.DigestFallback, week),
            Body = body,
            Actions = [new ExecuteAction(t.DigestTurnOff, CardVerbs.DigestOff)],
        };
    }

    /// <summary>What the card becomes after a person turned the digest off or on, or asked: the setting and the button to change it.</summary>
    public static AdaptiveCard Setting(UiLanguage language, bool on)
    {
        var t = Texts.For(language);
        var text = on ? t.DigestIsOn : t.DigestIsOff;
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = text,
            Body = [new TextBlock(text) { Color = "good", Weight = "bolder" }],
            Actions = [on ? new ExecuteAction(t.DigestTurnOff, CardVerbs.DigestOff) : new ExecuteAction(t.DigestTurnOn, CardVerbs.DigestOn)],
        };
    }

    /// <summary>A unit's (or the manager group's) part: its name, the counts, each list, and the buttons to the lists that have something.</summary>
    private static void UnitPart(List<CardElement> body, UiLanguage language, Texts t, UnitDigest unit)
    {
        var culture = language.Culture();
        body.Add(new TextBlock(unit.Unit.Name) { Size = "medium", Weight = "bolder", Spacing = "large", Separator = true });
        body.Add(Subtle(string.Format(culture, t.DigestCounts, unit.Overdue, unit.Due)));
        var buttons = new List<CardActionElement>();
        var data = new JsonObject { [CardKeys.Unit] = unit.Unit.Id };
        if (Items(body, language, t, t.DigestStops, unit.Stops))
        {
            buttons.Add(new ExecuteAction(t.ShowStops, CardVerbs.ListStops) { Data = data.DeepClone().AsObject() });
        }

        if (Items(body, language, t, t.DigestSelfChecks, unit.SelfChecks))
        {
            buttons.Add(new ExecuteAction(t.ShowSelfChecks, CardVerbs.SelfCheckList) { Data = data.DeepClone().AsObject() });
        }

        if (Items(body, language, t, t.DigestActions, unit.Actions))
        {
            buttons.Add(new ExecuteAction(t.ShowActionPlan, CardVerbs.ActionPlan) { Data = data.DeepClone().AsObject() });
        }

        if (unit.AwaitingAssessment.Count > 0)
        {
            body.Add(SectionHeading(string.Format(culture, t.DigestAwaitingAssessment, unit.AwaitingAssessment.Count), "warning"));
            foreach (var reference in unit.AwaitingAssessment.Take(MostListed))
            {
                body.Add(Plain("• " + reference, "none"));
            }

            More(body, t, culture, unit.AwaitingAssessment.Count);
            buttons.Add(new ExecuteAction(t.ShowUnitReports, CardVerbs.UnitDeviations) { Data = data.DeepClone().AsObject() });
        }

        if (buttons.Count > 0)
        {
            body.Add(new ActionSet(buttons) { Spacing = "small" });
        }
    }

    /// <summary>One list (stops, checks or actions) with its count; false when it is empty (nothing shown).</summary>
    private static bool Items(List<CardElement> body, UiLanguage language, Texts t, string heading, IReadOnlyList<DueItem> items)
    {
        if (items.Count == 0)
        {
            return false;
        }

        var culture = language.Culture();
        body.Add(SectionHeading(string.Format(culture, heading, items.Count), items.Any(i => i.State == DueState.Overdue) ? "attention" : "accent"));
        foreach (var item in items.Take(MostListed))
        {
            var overdue = item.State == DueState.Overdue;
            body.Add(new RichTextBlock(
            [
                new TextRun("• " + Shorten(item.Title, LongestTitle)),
                new TextRun(" – " + string.Format(culture, overdue ? t.DigestOverdueSince : t.DigestDueBy, Date(language, item.Due))) { Color = overdue ? "attention" : null, IsSubtle = !overdue },
            ]) { Spacing = "none" });
        }

        More(body, t, culture, items.Count);
        return true;
    }

    /// <summary>The cross-unit view: one short line of counts per unit, the most overdue first, and the buttons that choose a unit.</summary>
    private static void AcrossUnits(List<CardElement> body, Texts t, CultureInfo culture, IReadOnlyList<UnitDigest> units)
    {
        if (units.Count == 0)
        {
            return;
        }

        body.Add(new TextBlock(t.DigestAllUnits) { Weight = "bolder", Spacing = "large", Separator = true });
        body.Add(Subtle(string.Format(culture, t.DigestCounts, units.Sum(u => u.Overdue), units.Sum(u => u.Due))));
        foreach (var unit in units.Take(MostUnits))
        {
            body.Add(new RichTextBlock([new TextRun("• " + string.Format(culture, t.DigestUnitLine, Shorten(unit.Unit.Name, 60), unit.Overdue, unit.Due, unit.AwaitingAssessment.Count))
            {
                Color = unit.Overdue > 0 ? "attention" : null,
            }]) { Spacing = "none" });
        }

        if (units.Count > MostUnits)
        {
            body.Add(CardParts.Hidden(string.Format(culture, t.DigestMoreUnits, units.Count - MostUnits)));
        }

        body.Add(new ActionSet(
        [
            new ExecuteAction(t.ShowStops, CardVerbs.ListStops),
            new ExecuteAction(t.ShowSelfChecks, CardVerbs.SelfCheckList),
            new ExecuteAction(t.ShowActionPlan, CardVerbs.ActionPlan),
            new ExecuteAction(t.ShowUnitReports, CardVerbs.UnitDeviations),
        ]) { Spacing = "small" });
    }

    private static RichTextBlock SectionHeading(string text, string colour) =>
        new([new TextRun(text) { Weight = "bolder", Color = colour }]) { Spacing = "medium" };

    private static void More(List<CardElement> body, Texts t, CultureInfo culture, int count)
    {
        if (count > MostListed)
        {
            body.Add(CardParts.Hidden(string.Format(culture, t.DigestMore, count - MostListed)));
        }
    }
}
