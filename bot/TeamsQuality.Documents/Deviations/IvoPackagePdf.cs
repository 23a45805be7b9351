using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
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
/// and on every page "Sida x av y" and "Exporterad … av …". Drawn from the report's records only: the free-text rule
/// has kept every text of it free of personnummer, and it names no client.
/// </summary>
public static class IvoPackagePdf
{
    private const double Margin = 56;
    private const double FooterHeight = 36;

    public static byte[] Render(DeviationReport report, IvoPackageNames names, UiLanguage language)
    {
        DocumentFonts.UseForPdf();
        var t = Texts.For(language);
        var culture = language.Culture();
        var document = new PdfDocument();
        document.Info.Title = $"{t.IvoPackageDocumentTitle} {report.Reference}";
        document.Info.Author = names.OrganisationName;
        var writer = new PageWriter(document);

        // The header.
        writer.Title(t.IvoPackageDocumentTitle);
        writer.Facts(
        [
            (t.ReferenceLabel, report.Reference.ToString()),
            (t.KindLabel, t.ReportKindName(report.Kind)),
            (t.FieldUnit, names.UnitName),
            (t.IvoDocOrganisation, names.OrganisationName),
        ]);

        writer.Heading(t.FieldWhatHappened);
        writer.Paragraph(report.WhatHappened);

        writer.Heading(t.IvoDocWhenAndWhere);
        writer.Facts(
        [
            (t.OccurredLabel, Occurred(language, report.OccurredAt)),
            (t.FieldUnit, names.UnitName),
            (t.IvoDocFiled, $"{When(language, report.FiledAt)} ({report.ReporterName})"),
            (t.CategoryFactLabel, report.Category is { } category ? t.CategoryName(category) : t.NoCategory),
        ]);
        Entries(writer, t, language, report.Investigation.Where(e => e.Topic is InvestigationTopic.NarDetHande or InvestigationTopic.NarDetUpptacktes));

        writer.Heading(t.IvoDocNoticedAndConsequences);
        Entries(writer, t, language, report.Investigation.Where(e => e.Topic == InvestigationTopic.HandelseOchKonsekvenser));

        writer.Heading(t.FieldImmediateMeasures);
        if (report.ImmediateMeasures is { } measures)
        {
            writer.Paragraph(measures);
            writer.Byline(string.Format(culture, t.IvoDocBy, report.ReporterName, When(language, report.FiledAt)));
        }

        if (report.Assessment is { } assessed)
        {
            writer.Label(t.FieldImmediateActions);
            writer.Paragraph(assessed.ImmediateActions);
            writer.Byline(string.Format(culture, t.IvoDocBy, assessed.ByName, When(language, assessed.At)));
        }

        writer.Heading(t.IvoDocInvestigation);
        Entries(writer, t, language, report.Investigation.Where(e => e.Topic is not (InvestigationTopic.HandelseOchKonsekvenser or InvestigationTopic.NarDetHande or InvestigationTopic.NarDetUpptacktes)));

        writer.Heading(string.Format(culture, t.ReportActionsHeading, names.Actions.Count));
        if (names.Actions.Count == 0)
        {
            writer.Paragraph(t.IvoDocNoActions);
        }

        foreach (var action in names.Actions.OrderBy(a => a.CreatedAt))
        {
            var parts = new List<string> { t.ActionStatusName(action.Status) };
            if (action.DueDate is { } due)
            {
                parts.Add(string.Format(culture, t.IvoDocDue, due.ToString("d MMM yyyy", culture)));
            }

            if (action.OwnerName is { } owner)
            {
                parts.Add(string.Format(culture, t.IvoDocOwner, owner));
            }

            writer.Bullet(action.Title, string.Join(" · ", parts));
        }

        writer.Heading(t.IvoDocAssessmentAndDecision);
        if (report.Assessment is { } assessment)
        {
            writer.Facts([(t.FieldSeverity, $"{t.SeverityName(assessment.Severity)}{(assessment.Severity.MustBeReportedToIvo() ? " · " + t.MustBeReportedToIvo : string.Empty)}")]);
            writer.Byline(string.Format(culture, t.IvoDocBy, assessment.ByName, When(language, assessment.At)));
        }

        if (report.IvoDecision is { } decision)
        {
            writer.Label(decision.ReportToIvo ? t.IvoReported : t.IvoNotReported);
            writer.Label(t.FieldMotivation);
            writer.Paragraph(decision.Motivation);
            writer.Byline(string.Format(culture, t.IvoDocBy, decision.ByName, When(language, decision.At)));
        }

        if (report.SentToIvo is { } sent)
        {
            writer.Heading(t.IvoSentHeading);
            writer.Label(string.Format(culture, t.IvoSentLine, sent.SentOn.ToString("d MMM yyyy", culture), sent.Diarienummer));
            writer.Byline(string.Format(culture, t.IvoDocSentBy, sent.ByName, When(language, sent.At)));
        }

        writer.Footers(string.Format(culture, t.IvoDocExported, When(language, names.ExportedAt), names.ExportedByName), (page, count) => string.Format(culture, t.IvoDocPage, page, count));
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void Entries(PageWriter writer, Texts t, UiLanguage language, IEnumerable<InvestigationEntry> entries)
    {
        foreach (var entry in entries.OrderBy(e => e.At))
        {
            writer.Label($"{t.InvestigationTopicName(entry.Topic)} · {(entry.IsFact ? t.Fact : t.Judgement)}");
            writer.Paragraph(entry.Text);
            writer.Byline(string.Format(language.Culture(), t.IvoDocBy, entry.AuthorName, When(language, entry.At)));
        }
    }

    private static string When(UiLanguage language, DateTimeOffset instant) =>
        SwedishTime.ToSwedish(instant).ToString("d MMM yyyy HH:mm", language.Culture());

    /// <summary>The date alone when no time of day was given (midnight on the Swedish clock), as the report's card shows it.</summary>
    private static string Occurred(UiLanguage language, DateTimeOffset occurredAt)
    {
        var swedish = SwedishTime.ToSwedish(occurredAt);
        return swedish.TimeOfDay == TimeSpan.Zero ? swedish.ToString("d MMM yyyy", language.Culture()) : When(language, occurredAt);
    }

    /// <summary>
    /// Writes down the pages: wrapped text in the document's family, a new A4 page when the next line does not fit.
    /// (Small on purpose; the shared layout helper of the documents replaces it when it lands.)
    /// </summary>
    private sealed class PageWriter
    {
        private readonly PdfDocument _document;
        private readonly List<PdfPage> _pages = [];
        private readonly XFont _body = new(DocumentFonts.Family, 10);
        private readonly XFont _bold = new(DocumentFonts.Family, 10, XFontStyleEx.Bold);
        private readonly XFont _small = new(DocumentFonts.Family, 8);
        private readonly XFont _heading = new(DocumentFonts.Family, 13, XFontStyleEx.Bold);
        private readonly XFont _title = new(DocumentFonts.Family, 18, XFontStyleEx.Bold);
        private XGraphics? _graphics;
        private double _y;

        public PageWriter(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        private double Width => _pages[^1].Width.Point - (2 * Margin);

        private double Bottom => _pages[^1].Height.Point - Margin - FooterHeight;

        public void Title(string text)
        {
            Lines(text, _title, XBrushes.Black, 0, 6);
            _y += 4;
        }

        public void Heading(string text)
        {
            if (_y + 60 > Bottom)
            {
                NewPage();
            }

            _y += 12;
            Lines(text, _heading, XBrushes.Black, 0, 4);
        }

        public void Label(string text) => Lines(text, _bold, XBrushes.Black, 0, 2);

        public void Paragraph(string text)
        {
            foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
            {
                Lines(paragraph, _body, XBrushes.Black, 0, 2);
            }
        }

        public void Byline(string text)
        {
            Lines(text, _small, XBrushes.DimGray, 0, 8);
        }

        public void Bullet(string title, string detail)
        {
            Lines("• " + title, _body, XBrushes.Black, 0, 0);
            Lines(detail, _small, XBrushes.DimGray, 10, 6);
        }

        public void Facts(IReadOnlyList<(string Label, string Value)> facts)
        {
            var labelWidth = Math.Min(150, Width / 3);
            foreach (var (label, value) in facts)
            {
                var lines = Wrap(value, _body, Width - labelWidth);
                var height = lines.Count * _body.GetHeight();
                if (_y + height > Bottom)
                {
                    NewPage();
                }

                _graphics!.DrawString(label, _bold, XBrushes.Black, new XRect(Margin, _y, labelWidth, _body.GetHeight()), XStringFormats.TopLeft);
                foreach (var line in lines)
                {
                    _graphics.DrawString(line, _body, XBrushes.Black, new XRect(Margin + labelWidth, _y, Width - labelWidth, _body.GetHeight()), XStringFormats.TopLeft);
                    _y += _body.GetHeight();
                }

                _y += 2;
            }
        }

        /// <summary>The footer of every page, once the number of pages is known.</summary>
        public void Footers(string exported, Func<int, int, string> pageOf)
        {
            _graphics?.Dispose();
            _graphics = null;
            for (var i = 0; i < _pages.Count; i++)
            {
                var page = _pages[i];
                using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                var y = page.Height.Point - Margin - _small.GetHeight();
                var width = page.Width.Point - (2 * Margin);
                graphics.DrawLine(XPens.LightGray, Margin, y - 6, Margin + width, y - 6);
                graphics.DrawString(exported, _small, XBrushes.DimGray, new XRect(Margin, y, width, _small.GetHeight()), XStringFormats.TopLeft);
                graphics.DrawString(pageOf(i + 1, _pages.Count), _small, XBrushes.DimGray, new XRect(Margin, y, width, _small.GetHeight()), XStringFormats.TopRight);
            }
        }

        private void NewPage()
        {
            _graphics?.Dispose();
            var page = _document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _pages.Add(page);
            _graphics = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        private void Lines(string text, XFont font, XBrush brush, double indent, double after)
        {
            foreach (var line in Wrap(text, font, Width - indent))
            {
                if (_y + font.GetHeight() > Bottom)
                {
                    NewPage();
                }

                _graphics!.DrawString(line, font, brush, new XRect(Margin + indent, _y, Width - indent, font.GetHeight()), XStringFormats.TopLeft);
                _y += font.GetHeight();
            }

            _y += after;
        }

        /// <summary>The text in lines that fit the width, broken at spaces (a word longer than the line is cut).</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (_graphics!.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && _graphics.MeasureString(line, font).Width > width)
                {
                    var fits = line.Length - 1;
                    while (fits > 1 && _graphics.MeasureString(line[..fits], font).Width > width)
                    {
                        fits--;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
            return lines;
        }
    }
}
