using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.ReportCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards;

/// <summary>
/// The reminder that a report still waits for the manager's assessment: to the manager, and when escalated also to
/// the quality developers. Nothing sensitive: the reference, kind, unit, when it came in, how long it has waited and
/// which reminder this is, and a button that opens the report for those allowed.
/// </summary>
public static class AssessmentReminderCard
{
    /// <param name="language">The recipient's language.</param>
    /// <param name="reference">The report's reference.</param>
    /// <param name="kind">The report's kind.</param>
    /// <param name="unit">The unit it was filed for.</param>
    /// <param name="filedAt">When it came in: the assessment has been awaited since.</param>
    /// <param name="now">Now.</param>
    /// <param name="reminderNumber">Which reminder this is (1 for the first).</param>
    /// <param name="escalated">Whether the quality developers get it too.</param>
    public static AdaptiveCard Build(UiLanguage language, ReportReference reference, ReportKind kind, Unit unit, DateTimeOffset filedAt, DateTimeOffset now, int reminderNumber, bool escalated)
    {
        var t = Texts.For(language);
        var n = t.Notices;
        var culture = language.Culture();
        var body = new List<CardElement>
        {
            new TextBlock(escalated ? n.AssessmentEscalatedTitle : n.AssessmentReminderTitle) { Size = "medium", Weight = "bolder", Style = "heading", Color = escalated ? "attention" : "warning" },
            new TextBlock(string.Format(culture, n.AssessmentWaitingSince, t.Elapsed(now - filedAt))) { Weight = "bolder", Color = "attention", Spacing = "small" },
            new FactSet(
            [
                new Fact(t.ReferenceLabel, reference.ToString()),
                new Fact(t.KindLabel, t.ReportKindName(kind)),
                new Fact(t.FieldUnit, unit.Name),
                new Fact(t.FiledLabel, WhenOnRecord(language, filedAt)),
                new Fact(t.ReminderLabel, string.Format(culture, t.ReminderNumber, reminderNumber)),
            ]),
        };
        if (kind.IsLexSarah())
        {
            body.Add(new TextBlock(t.AttentionLexSarah) { Weight = "bolder", Size = "small" });
        }

        body.Add(new TextBlock(n.AssessmentReminderText) { Size = "small" });
        if (escalated)
        {
            body.Add(new TextBlock(n.AssessmentEscalatedNote) { Size = "small" });
        }

        body.Add(new TextBlock(t.AttentionPrivacy) { Size = "small", IsSubtle = true });
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, n.AssessmentReminderFallback, reference),
            Body = body,
            Actions = [OpenReportButton(t, reference)],
        };
    }
}
