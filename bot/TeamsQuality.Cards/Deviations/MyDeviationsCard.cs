using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// The answer to "mina rapporter": the reporter's own reports, newest first, one compact row each (reference, kind,
/// unit, filed date, status, "Visa"), so they read well on a phone. No content of the reports, only where they stand.
/// </summary>
public static class MyDeviationsCard
{
    /// <summary>How many rows one card shows; older reports are counted, not shown.</summary>
    public const int MostShown = 40;

    /// <param name="language">The reporter's language.</param>
    /// <param name="reports">The reporter's reports, in any order.</param>
    /// <param name="unitNames">Unit names by id (an unknown unit shows its id).</param>
    public static AdaptiveCard Build(UiLanguage language, IReadOnlyList<DeviationReport> reports, IReadOnlyDictionary<string, string> unitNames)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var newest = reports.OrderByDescending(r => r.FiledAt).ThenByDescending(r => r.Reference.Number).ToList();
        var body = new List<CardElement> { Heading(t.MyReportsTitle) };

        if (newest.Count == 0)
        {
            body.Add(new TextBlock(t.MyReportsEmpty) { IsSubtle = true });
        }
        else
        {
            body.Add(Subtle(newest.Count == 1 ? t.MyReportsOne : string.Format(culture, t.MyReportsMany, newest.Count)));
            body.AddRange(newest.Take(MostShown).Select(report => Row(language, t, report, unitNames)));
            if (newest.Count > MostShown)
            {
                body.Add(Hidden(string.Format(culture, t.MyReportsHidden, newest.Count - MostShown)));
            }
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.MyReportsTitle,
            Body = body,
            Actions = [new ExecuteAction(t.NewReport, CardVerbs.DeviationForm) { Style = newest.Count == 0 ? "positive" : null }],
        };
    }

    private static ColumnSet Row(UiLanguage language, Texts t, DeviationReport report, IReadOnlyDictionary<string, string> unitNames)
    {
        var unit = unitNames.TryGetValue(report.UnitId, out var name) ? name : report.UnitId;
        return DeviationRow(t, report,
        [
            Subtle($"{unit} · {Date(language, Domain.Time.SwedishTime.Day(report.FiledAt))}"),
            new RichTextBlock([new TextRun(t.ReportStatusName(report.Status)) { Color = StatusColour(report.Status), Weight = "bolder" }]) { Spacing = "none" },
        ]);
    }
}
