using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// The reminders that a report waits for someone's decision: the manager's assessment (to the manager, and when
/// escalated also to the quality developers), and the decision on reporting to IVO of a report assessed 3-4 (to the
/// deputy director, and when escalated also to the quality developers). Both read alike: what is missing and since
/// when, the facts that identify the report, what to do, and a button that opens it for those allowed. Nothing
/// sensitive: no content of the matter itself.
/// </summary>
public static class DeviationReminderCard
{
    /// <summary>The report still waits for the manager's assessment.</summary>
    /// <param name="language">The recipient's language.</param>
    /// <param name="reference">The report's reference.</param>
    /// <param name="kind">The report's kind.</param>
    /// <param name="unit">The unit it was filed for.</param>
    /// <param name="filedAt">When it came in: the assessment has been awaited since.</param>
    /// <param name="now">Now.</param>
    /// <param name="reminderNumber">Which reminder this is (1 for the first).</param>
    /// <param name="escalated">Whether the quality developers get it too.</param>
    public static AdaptiveCard Assessment(UiLanguage language, DeviationReference reference, DeviationKind kind, Unit unit, DateTimeOffset filedAt, DateTimeOffset now, int reminderNumber, bool escalated)
    {
        var t = Texts.For(language);
        var n = t.Notices;
        var culture = language.Culture();
        var notes = new List<TextBlock>();
        if (kind.IsLexSarah())
        {
            notes.Add(new TextBlock(t.AttentionLexSarah) { Weight = "bolder", Size = "small" });
        }

        notes.Add(new TextBlock(n.AssessmentReminderText) { Size = "small" });
        return Card(
            language,
            reference,
            escalated,
            escalated ? n.AssessmentEscalatedTitle : n.AssessmentReminderTitle,
            string.Format(culture, n.AssessmentWaitingSince, t.Elapsed(now - filedAt)),
            [
                new Fact(t.ReferenceLabel, reference.ToString()),
                new Fact(t.KindLabel, t.ReportKindName(kind)),
                new Fact(t.FieldUnit, unit.Name),
                new Fact(t.FiledLabel, WhenOnRecord(language, filedAt)),
                new Fact(t.ReminderLabel, string.Format(culture, t.ReminderNumber, reminderNumber)),
            ],
            notes,
            n.AssessmentEscalatedNote,
            t.AttentionPrivacy,
            string.Format(culture, n.AssessmentReminderFallback, reference));
    }

    /// <summary>A report assessed 3-4 still has no decision on reporting to IVO (the law says "snarast").</summary>
    /// <param name="language">The recipient's language.</param>
    /// <param name="reference">The report's reference.</param>
    /// <param name="unit">The unit it was filed for.</param>
    /// <param name="severity">The manager's assessment (3 Allvarlig or 4 Katastrofal).</param>
    /// <param name="assessedAt">When it was assessed: the decision has been awaited since.</param>
    /// <param name="now">Now.</param>
    /// <param name="reminderNumber">Which reminder this is: 1 for the first; 0 for the notice sent at the assessment itself (no reminder line).</param>
    /// <param name="escalated">Whether the reminder has been escalated (the quality developers get it too).</param>
    public static AdaptiveCard IvoDecision(
        UiLanguage language, DeviationReference reference, Unit unit, Severity severity, DateTimeOffset assessedAt, DateTimeOffset now, int reminderNumber, bool escalated)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
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

        return Card(
            language,
            reference,
            escalated,
            escalated ? t.IvoNudgeEscalatedTitle : t.IvoNudgeTitle,
            string.Format(culture, t.IvoNudgeMissingSince, t.Ago(now - assessedAt)),
            facts,
            [new TextBlock(string.Format(culture, t.IvoNudgeAssessed, t.SeverityWord(severity))) { Size = "small" }],
            t.IvoNudgeEscalatedNote,
            t.IvoNudgeLaw,
            string.Format(culture, t.IvoNudgeFallback, reference));
    }

    /// <summary>
    /// The one layout: the title (in attention colour once escalated), what is missing and since when, the facts, what
    /// to do, the escalation's note (once escalated), a subtle last line, and the button that opens the report.
    /// </summary>
    private static AdaptiveCard Card(
        UiLanguage language, DeviationReference reference, bool escalated, string title, string missingSince, List<Fact> facts, List<TextBlock> notes, string escalatedNote, string lastLine, string fallback)
    {
        var t = Texts.For(language);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading", Color = escalated ? "attention" : "warning" },
            new TextBlock(missingSince) { Weight = "bolder", Color = "attention", Spacing = "small" },
            new FactSet(facts),
        };
        body.AddRange(notes);
        if (escalated)
        {
            body.Add(new TextBlock(escalatedNote) { Size = "small" });
        }

        body.Add(new TextBlock(lastLine) { Size = "small", IsSubtle = true });
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = fallback,
            Body = body,
            Actions = [OpenDeviationButton(t, reference)],
        };
    }
}
