using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// The reporter's receipt: the report's reference (e.g. AV-2026-0042) to refer to it by, its kind, unit, filed time and
/// status, who has been told, and how to follow it. It repeats nothing of what was written: a receipt in a chat can be
/// seen over a shoulder; the details are a press away for those allowed.
/// </summary>
public static class DeviationReceiptCard
{
    /// <param name="language">The reporter's language.</param>
    /// <param name="report">The report just filed.</param>
    /// <param name="unit">The unit it was filed for.</param>
    public static AdaptiveCard Build(UiLanguage language, DeviationReport report, Unit unit)
    {
        var t = Texts.For(language);
        var reference = report.Reference.ToString();
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(language.Culture(), t.ReceiptFallback, reference),
            Body =
            [
                new TextBlock(t.ReceiptTitle) { Size = "medium", Weight = "bolder", Style = "heading", Color = "good" },
                new TextBlock(reference) { Size = "extraLarge", Weight = "bolder", Spacing = "small" },
                new FactSet(
                [
                    new Fact(t.ReferenceLabel, reference),
                    new Fact(t.KindLabel, t.ReportKindName(report.Kind)),
                    new Fact(t.FieldUnit, unit.Name),
                    new Fact(t.FiledLabel, WhenOnRecord(language, report.FiledAt)),
                    new Fact(t.StatusLabel, t.ReportStatusName(report.Status)),
                ]),
                new TextBlock(report.Kind.IsLexSarah() ? t.ReceiptToldLexSarah : t.ReceiptToldManager) { Size = "small" },
                new TextBlock(t.ReceiptFollowHint) { Size = "small", IsSubtle = true },
            ],
            Actions =
            [
                new ExecuteAction(t.MyReportsButton, CardVerbs.MyDeviations),
                new ExecuteAction(t.OpenReport, CardVerbs.OpenDeviation) { Data = ReferenceData(report.Reference) },
            ],
        };
    }
}
