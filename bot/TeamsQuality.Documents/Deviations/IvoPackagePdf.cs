using TeamsQuality.Cards;
using TeamsQuality.Documents.Rendering;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Documents.Deviations;

/// <summary>
/// What the IVO package's PDF needs besides the report: the names the report refers to by id, the actions it led to
/// (from the unit's plan), and who exported it when (the footer).
/// </summary>
public sealed record IvoPackageNames(string OrganisationName, string UnitName, IReadOnlyList<ImprovementAction> Actions, string ExportedByName, DateTimeOffset ExportedAt);

/// <summary>
/// A lex Sarah report's IVO package as a PDF (PDFsharp), to be attached in IVO's e-service or sent by post: the header
/// (Lex Sarah – underlag till IVO, the reference, the unit and the organisation), what happened, when and where, the
/// consequences, the immediate measures, the investigation (each entry fact or assessment, who and when), the actions
/// with their status, the assessment and the decision (who, when, the motivation), what was recorded of the sending,
/// and on every page "Exporterad … av …" and "Sida x av y". Drawn from the report's records only: the free-text rule
/// has kept every text of it free of personnummer, and it names no client. Written through the documents' shared
/// <see cref="PdfLayout"/>.
/// </summary>
public static class IvoPackagePdf
{

    public static byte[] Render(DeviationReport report, IvoPackageNames names, UiLanguage language)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        using var pdf = new PdfLayout($"{t.IvoPackageDocumentTitle} {report.Reference}", names.OrganisationName, t.ReportKindName(report.Kind));

        // The header.
        pdf.Title(t.IvoPackageDocumentTitle);
        pdf.KeyValues(
        [
            (t.ReferenceLabel, report.Reference.ToString()),
            (t.KindLabel, t.ReportKindName(report.Kind)),
            (t.FieldUnit, names.UnitName),
            (t.IvoDocOrganisation, names.OrganisationName),
        ]);

        pdf.Heading(t.FieldWhatHappened, 2);
        pdf.Paragraph(report.WhatHappened);

        pdf.Heading(t.IvoDocWhenAndWhere, 2);
        pdf.KeyValues(
        [
            (t.OccurredLabel, Occurred(language, report.OccurredAt)),
            (t.FieldUnit, names.UnitName),
            (t.IvoDocFiled, $"{When(language, report.FiledAt)} ({report.ReporterName})"),
            (t.CategoryFactLabel, report.Category is { } category ? t.CategoryName(category) : t.NoCategory),
        ]);
        Entries(pdf, t, language, report.Investigation.Where(e => e.Topic is InvestigationTopic.NarDetHande or InvestigationTopic.NarDetUpptacktes));

        pdf.Heading(t.IvoDocNoticedAndConsequences, 2);
        Entries(pdf, t, language, report.Investigation.Where(e => e.Topic == InvestigationTopic.HandelseOchKonsekvenser));

        pdf.Heading(t.FieldImmediateMeasures, 2);
        if (report.ImmediateMeasures is { } measures)
        {
            pdf.Paragraph(measures);
            Byline(pdf, string.Format(culture, t.IvoDocBy, report.ReporterName, When(language, report.FiledAt)));
        }

        if (report.Assessment is { } assessed)
        {
            pdf.Paragraph(t.FieldImmediateActions, bold: true);
            pdf.Paragraph(assessed.ImmediateActions);
            Byline(pdf, string.Format(culture, t.IvoDocBy, assessed.ByName, When(language, assessed.At)));
        }

        pdf.Heading(t.IvoDocInvestigation, 2);
        Entries(pdf, t, language, report.Investigation.Where(e => e.Topic is not (InvestigationTopic.HandelseOchKonsekvenser or InvestigationTopic.NarDetHande or InvestigationTopic.NarDetUpptacktes)));

        pdf.Heading(string.Format(culture, t.ReportActionsHeading, names.Actions.Count), 2);
        if (names.Actions.Count == 0)
        {
            pdf.Paragraph(t.IvoDocNoActions);
        }
        else
        {
            pdf.Table(
                [t.FieldActionTitle, t.StatusLabel, t.IvoDocDue, t.IvoDocOwner],
                names.Actions.OrderBy(a => a.CreatedAt).Select(a => (IReadOnlyList<string>)
                [
                    a.Title,
                    t.ActionStatusName(a.Status),
                    a.DueDate?.ToString("d MMM yyyy", culture) ?? string.Empty,
                    a.OwnerName ?? string.Empty,
                ]),
                [0.46, 0.16, 0.18, 0.2]);
        }

        pdf.Heading(t.IvoDocAssessmentAndDecision, 2);
        if (report.Assessment is { } assessment)
        {
            pdf.KeyValues([(t.FieldSeverity, $"{t.SeverityName(assessment.Severity)}{(assessment.Severity.MustBeReportedToIvo() ? " · " + t.MustBeReportedToIvo : string.Empty)}")]);
            Byline(pdf, string.Format(culture, t.IvoDocBy, assessment.ByName, When(language, assessment.At)));
        }

        if (report.IvoDecision is { } decision)
        {
            pdf.Paragraph(decision.ReportToIvo ? t.IvoReported : t.IvoNotReported, bold: true);
            pdf.Paragraph(t.FieldMotivation, bold: true);
            pdf.Paragraph(decision.Motivation);
            Byline(pdf, string.Format(culture, t.IvoDocBy, decision.ByName, When(language, decision.At)));
        }

        if (report.SentToIvo is { } sent)
        {
            pdf.Heading(t.IvoSentHeading, 2);
            pdf.Paragraph(string.Format(culture, t.IvoSentLine, sent.SentOn.ToString("d MMM yyyy", culture), sent.Diarienummer), bold: true);
            Byline(pdf, string.Format(culture, t.IvoDocSentBy, sent.ByName, When(language, sent.At)));
        }

        // Every page's foot: who exported it and when, then "Sida n av m" (the layout fills in the numbers).
        var exported = string.Format(culture, t.IvoDocExported, When(language, names.ExportedAt), names.ExportedByName).Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
        return pdf.ToBytes($"{exported} · {t.IvoDocPage}");
    }

    private static void Entries(PdfLayout pdf, Texts t, UiLanguage language, IEnumerable<InvestigationEntry> entries)
    {
        foreach (var entry in entries.OrderBy(e => e.At))
        {
            pdf.Paragraph($"{t.InvestigationTopicName(entry.Topic)} · {(entry.IsFact ? t.Fact : t.Judgement)}", bold: true);
            pdf.Paragraph(entry.Text);
            Byline(pdf, string.Format(language.Culture(), t.IvoDocBy, entry.AuthorName, When(language, entry.At)));
        }
    }

    /// <summary>Who wrote it and when, small under what they wrote.</summary>
    private static void Byline(PdfLayout pdf, string text) => pdf.Paragraph(text, italic: true, size: 8);

    private static string When(UiLanguage language, DateTimeOffset instant) =>
        SwedishTime.ToSwedish(instant).ToString("d MMM yyyy HH:mm", language.Culture());

    /// <summary>The date alone when no time of day was given (midnight on the Swedish clock), as the report's card shows it.</summary>
    private static string Occurred(UiLanguage language, DateTimeOffset occurredAt)
    {
        var swedish = SwedishTime.ToSwedish(occurredAt);
        return swedish.TimeOfDay == TimeSpan.Zero ? swedish.ToString("d MMM yyyy", language.Culture()) : When(language, occurredAt);
    }
}
