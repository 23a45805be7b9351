using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.ReportCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards;

/// <summary>
/// The reminder that a report assessed 3-4 still has no decision on reporting to IVO: to the deputy director, and when
/// escalated also to the director and the quality developers. Nothing sensitive: the reference, the unit, the severity,
/// how long the decision has been awaited, which reminder this is, and that the law says "snarast".
/// </summary>
public static class IvoNudgeCard
{
    /// <param name="language">The recipient's language.</param>
    /// <param name="reference">The report's reference.</param>
    /// <param name="unit">The unit it was filed for.</param>
    /// <param name="severity">The manager's assessment (3 Allvarlig or 4 Katastrofal).</param>
    /// <param name="assessedAt">When it was assessed: the decision has been awaited since.</param>
    /// <param name="now">Now.</param>
    /// <param name="reminderNumber">Which reminder this is: 1 for the first; 0 for the notice sent at the assessment itself (no reminder line).</param>
    /// <param name="escalated">Whether the reminder has been escalated (the director and the quality developers get it too).</param>
    public static AdaptiveCard Build(
        UiLanguage language, ReportReference reference, Unit unit, Severity severity, DateTimeOffset assessedAt, DateTimeOffset now, int reminderNumber, bool escalated)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var title = escalated ? t.IvoNudgeEscalatedTitle : t.IvoNudgeTitle;
        var facts = new List<Fact>
        {
            new(t.ReferenceLabel, reference.ToString()),
            new(t.FieldUnit, unit.Name),
            new(t.FieldSeverity, t.SeverityName(severity)),
        };
        if (reminderNumber > 0)
        {
            facts.Add(new Fact(t.ReminderLabel, string.Format(culture, t.ReminderNumber, reminderNumber)));
        }

        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading", Color = escalated ? "attention" : "warning" },
            new TextBlock(string.Format(culture, t.IvoNudgeMissingSince, t.Ago(now - assessedAt))) { Weight = "bolder", Color = "attention", Spacing = "small" },
            new FactSet(facts),
            new TextBlock(string.Format(culture, t.IvoNudgeAssessed, t.SeverityWord(severity))) { Size = "small" },
        };
        if (escalated)
        {
            body.Add(new TextBlock(t.IvoNudgeEscalatedNote) { Size = "small" });
        }

        body.Add(new TextBlock(t.IvoNudgeLaw) { Size = "small", IsSubtle = true });

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.IvoNudgeFallback, reference),
            Body = body,
            Actions = [OpenReportButton(t, reference)],
        };
    }
}
