using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// The 1:1 notification that a report needs attention: to the unit's manager (to assess it), and for lex Sarah also to
/// the quality developers and the deputy director. It carries no sensitive content – only the reference, kind, unit and
/// filed time – and a button; the details show when the report is opened, after the server has checked access.
/// </summary>
public static class DeviationAttentionCard
{
    /// <param name="language">The recipient's language.</param>
    /// <param name="reference">The report's reference.</param>
    /// <param name="kind">The report's kind.</param>
    /// <param name="unit">The unit it was filed for.</param>
    /// <param name="filedAt">When it was filed.</param>
    /// <param name="needsAssessment">The recipient is the manager who must assess it (or answer it, for feedback).</param>
    public static AdaptiveCard Build(UiLanguage language, DeviationReference reference, DeviationKind kind, Unit unit, DateTimeOffset filedAt, bool needsAssessment)
    {
        var t = Texts.For(language);
        var title = needsAssessment && !kind.IsFeedback() ? t.AttentionAssessTitle : t.AttentionTitle;
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading", Color = kind.IsLexSarah() ? "attention" : null },
            new FactSet(
            [
                new Fact(t.ReferenceLabel, reference.ToString()),
                new Fact(t.KindLabel, t.ReportKindName(kind)),
                new Fact(t.FieldUnit, unit.Name),
                new Fact(t.FiledLabel, WhenOnRecord(language, filedAt)),
            ]),
        };
        if (kind.IsLexSarah())
        {
            body.Add(new TextBlock(t.AttentionLexSarah) { Weight = "bolder", Size = "small" });
        }

        if (needsAssessment && !kind.IsFeedback())
        {
            body.Add(new TextBlock(t.AttentionAssessText) { Size = "small" });
        }

        body.Add(new TextBlock(t.AttentionPrivacy) { Size = "small", IsSubtle = true });

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(language.Culture(), t.AttentionFallback, reference),
            Body = body,
            Actions = [OpenDeviationButton(t, reference)],
        };
    }
}
