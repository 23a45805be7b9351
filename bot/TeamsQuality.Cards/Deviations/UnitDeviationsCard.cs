using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// The answer to "enhetens rapporter": a unit's open reports (not closed), newest first, one compact row each
/// (reference, kind, status, filed date, how long it has waited for assessment, an answer or the IVO decision, "Visa")
/// for the manager, their substitute, the quality developers and the deputy director. No content of the reports. One
/// page at a time, so the card stays far under Teams' 80 KB however many reports a unit has open.
/// </summary>
public static class UnitDeviationsCard
{
    /// <summary>How many rows one page shows.</summary>
    public const int PageSize = 15;

    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="reports">The page's reports, newest first.</param>
    /// <param name="total">How many open reports the unit has in all.</param>
    /// <param name="skip">How many newer ones come before this page.</param>
    /// <param name="now">Now, for how long each has waited.</param>
    /// <param name="substituteName">The substitute's name, when one is on or planned.</param>
    /// <param name="canNameSubstitute">The viewer is the unit's manager, who names its substitute.</param>
    public static AdaptiveCard Build(
        UiLanguage language, Unit unit, IReadOnlyList<DeviationReport> reports, int total, int skip, DateTimeOffset now, string? substituteName, bool canNameSubstitute)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var title = string.Format(culture, t.UnitReportsTitle, unit.Name);
        var body = new List<CardElement> { Heading(title) };

        if (substituteName is not null && unit.Substitute is { } substitute && !substitute.IsOver(now))
        {
            body.Add(Subtle(string.Format(culture, t.UnitReportsSubstitute, substituteName, t.Period(substitute.From, substitute.Until))));
        }

        if (total == 0)
        {
            body.Add(new TextBlock(t.UnitReportsNone) { IsSubtle = true });
        }
        else
        {
            body.Add(new TextBlock(total == 1 ? t.UnitReportsOne : string.Format(culture, t.UnitReportsMany, total)) { Spacing = "small" });
            body.AddRange(reports.Select(report => Row(language, t, report, now)));
            if (total > reports.Count)
            {
                body.Add(Hidden(string.Format(culture, t.UnitReportsShowing, skip + 1, skip + reports.Count, total)));
            }
        }

        var actions = new List<CardActionElement>();
        if (skip + reports.Count < total)
        {
            actions.Add(new ExecuteAction(t.UnitReportsOlder, CardVerbs.UnitDeviations) { Data = PageData(unit, skip + PageSize) });
        }

        if (skip > 0)
        {
            actions.Add(new ExecuteAction(t.UnitReportsNewer, CardVerbs.UnitDeviations) { Data = PageData(unit, Math.Max(0, skip - PageSize)) });
        }

        actions.Add(new ExecuteAction(t.Refresh, CardVerbs.UnitDeviations) { Data = PageData(unit, skip) });
        if (canNameSubstitute)
        {
            actions.Add(new ExecuteAction(t.SubstituteButton, CardVerbs.SubstituteForm) { Data = UnitData(unit) });
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = title,
            Body = body,
            Actions = actions,
        };
    }

    /// <summary>The data of every button about a unit's reports or its substitute.</summary>
    public static JsonObject UnitData(Unit unit) => new() { [CardKeys.Unit] = unit.Id };

    /// <summary>The unit and page a press on this card asks for (the data its buttons carry); the first page when no skip is read.</summary>
    public static (string? UnitId, int Skip) PageOf(JsonObject? data)
    {
        var skip = CardInputs.Text(data, CardKeys.Skip);
        return (CardInputs.Text(data, CardKeys.Unit), int.TryParse(skip, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0);
    }

    private static JsonObject PageData(Unit unit, int skip) => new()
    {
        [CardKeys.Unit] = unit.Id,
        [CardKeys.Skip] = skip.ToString(CultureInfo.InvariantCulture),
    };

    private static ColumnSet Row(UiLanguage language, Texts t, DeviationReport report, DateTimeOffset now)
    {
        var lines = new List<CardElement>
        {
            new RichTextBlock(
            [
                new TextRun(t.ReportStatusName(report.Status)) { Color = StatusColour(report.Status), Weight = "bolder" },
                new TextRun(" · " + Date(language, Domain.Time.SwedishTime.Day(report.FiledAt))) { IsSubtle = true },
            ])
            {
                Spacing = "none",
            },
        };
        if (report.Waiting is { } waiting)
        {
            lines.Add(new RichTextBlock([new TextRun(t.Waited(waiting.What, now - waiting.Since)) { Color = waiting.What == DeviationWait.IvoDecision ? "attention" : "warning" }])
            {
                Spacing = "none",
            });
        }

        return DeviationRow(t, report, lines);
    }
}
