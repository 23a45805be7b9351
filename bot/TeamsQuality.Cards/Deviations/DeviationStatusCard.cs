using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// To the reporter: their report was assessed, answered or closed. No content – the reference, kind, unit and new
/// status – and a button that opens the report (the server checks who may see it).
/// </summary>
public static class DeviationStatusCard
{
    public static AdaptiveCard Build(UiLanguage language, DeviationReference reference, DeviationKind kind, Unit unit, DeviationStatus status)
    {
        var t = Texts.For(language);
        var n = t.Notices;
        var title = status switch
        {
            DeviationStatus.Bedomd => n.StatusAssessedTitle,
            DeviationStatus.Besvarad => n.StatusAnsweredTitle,
            DeviationStatus.Avslutad => n.StatusClosedTitle,
            _ => n.StatusChangedTitle,
        };
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(language.Culture(), n.StatusFallback, reference, t.ReportStatusName(status)),
            Body =
            [
                new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading" },
                new FactSet(
                [
                    new Fact(t.ReferenceLabel, reference.ToString()),
                    new Fact(t.KindLabel, t.ReportKindName(kind)),
                    new Fact(t.FieldUnit, unit.Name),
                    new Fact(n.NewStatusLabel, t.ReportStatusName(status)),
                ]),
                new TextBlock(n.StatusOpenHint) { Size = "small" },
                new TextBlock(t.AttentionPrivacy) { Size = "small", IsSubtle = true },
            ],
            Actions = [OpenDeviationButton(t, reference)],
        };
    }
}
