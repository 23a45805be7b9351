using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsQuality.Cards;
using TeamsQuality.Documents.QualityReports;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.QualityReports;
using static TeamsQuality.Integration.Tests.QualityReports.QualityReportFixtures;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pdf = UglyToad.PdfPig.PdfDocument;

namespace TeamsQuality.Integration.Tests.QualityReports;

/// <summary>
/// The kvalitetsberättelse as the files a manager opens: the .docx passes the Open XML SDK's validator and holds the
/// headings, the unit, the tables with the report's own figures, a table of contents Word fills in, and one PNG chart per
/// chart with alt text; the PDF (read back with PdfPig) holds the same, numbered "Sida n av m", and a table over several
/// pages repeats its header. English gives English headings with the Swedish domain words. Every expected text is
/// built from the fixture's values and the app's texts, so a figure that goes missing fails.
/// </summary>
public sealed class QualityReportDocumentTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void The_unit_report_in_Word_is_valid_and_has_the_headings_tables_contents_field_and_charts()
    {
        var report = Unit();
        var t = Texts.Swedish;
        using var word = Open(QualityReportWord.Render(report, UiLanguage.Swedish));

        AssertValid(word);
        var body = word.MainDocumentPart!.Document.Body!;
        var headings = Styled(body, "Heading1");
        Assert.Equal(
            [t.DocPerspectivesHeading, t.DocStopsHeading, t.DocSelfChecksHeading, t.DocReportsHeading, t.DocIvoHeading, t.DocRisksHeading, t.DocActionsHeading,
             .. QualityReport.WrittenOrder.Select(t.DocWrittenHeading)],
            headings);
        Assert.Equal([string.Format(CultureInfo.InvariantCulture, t.DocTitle, Year)], Styled(body, "Title"));
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains(UnitName, text);
        Assert.Contains(Organisation, text);
        Assert.Contains("2027-12-01 14:05 av Anna Berg", text); // 13:05 UTC is 14:05 in Sweden

        // The table of contents is a complex field Word refreshes on open.
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC \\o \"1-3\" \\h \\z \\u", StringComparison.Ordinal));
        Assert.True(word.MainDocumentPart.DocumentSettingsPart!.Settings.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        Assert.Contains(word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>(), s => s.StyleId == "Heading2" && s.StyleParagraphProperties!.OutlineLevel!.Val! == 1);

        // The tertial × kind table: the Avvikelse row sums the fixture's cells per tertial.
        var tertials = TableWithHeader(body, t.DocKind);
        var avvikelse = RowOf(tertials, t.ReportKindName(DeviationKind.Avvikelse));
        var counts = new ReportedDeviations(Year, Counts());
        Assert.Equal(
            [.. new[] { 1, 2, 3 }.Select(n => counts.OfKind(DeviationKind.Avvikelse, n).ToString(CultureInfo.InvariantCulture)), counts.OfKind(DeviationKind.Avvikelse).ToString(CultureInfo.InvariantCulture)],
            avvikelse.Skip(1));
        Assert.Equal(counts.Total.ToString(CultureInfo.InvariantCulture), RowOf(tertials, t.DocTotal)[^1]);

        // The actions table: the first action with its origin, owner, status and the overdue mark.
        var action = report.Actions[0];
        var actionRow = RowOf(TableWithHeader(body, t.DocAction), action.Title);
        Assert.Equal(t.ActionFromOrigin(action.Origin), actionRow[1]);
        Assert.Equal(action.OwnerName, actionRow[3]);
        Assert.Equal($"{t.ActionStatusName(action.Status)}, {t.DocOverdue}", actionRow[5]);

        // The perspectives: the edited one is marked; the stops table has the held date.
        Assert.Contains(t.DocEdited, RowOf(TableWithHeader(body, t.DocPerspective), t.PerspectiveName(report.Perspectives[1].Perspective))[3]);
        Assert.Equal("2027-02-12", RowOf(TableWithHeader(body, t.DocNumber), "1")[3]);

        // The IVO case and the written sections; the empty ones say so.
        Assert.Equal(report.IvoCases[0].IvoDiarienummer, RowOf(TableWithHeader(body, t.DocReference), report.IvoCases[0].Reference)[^1]);
        Assert.Contains("Övergången gick utan störningar för brukarna.", text);
        Assert.Equal(2, text.Split('\n').Count(line => line == t.DocNotFilledIn));

        // One PNG per chart, each with alt text built from the figures, and unique drawing ids.
        var images = word.MainDocumentPart.ImageParts.ToList();
        Assert.Equal(2, images.Count);
        foreach (var image in images)
        {
            using var stream = image.GetStream();
            var head = new byte[8];
            stream.ReadExactly(head);
            Assert.Equal(PngSignature, head);
        }

        var drawings = body.Descendants<DW.DocProperties>().ToList();
        Assert.Equal(2, drawings.Count);
        Assert.Equal(2, drawings.Select(d => d.Id!.Value).Distinct().Count());
        Assert.Contains($"{t.ReportKindName(DeviationKind.Avvikelse)} {counts.OfKind(DeviationKind.Avvikelse, 1)}", drawings[0].Description!.Value);
        Assert.Contains(t.CategoryName(DeviationCategory.BristerIVerkstallighet), drawings[1].Description!.Value);
        Assert.Equal(2, Styled(body, "Caption").Count);

        // Page numbers in the footer.
        var footer = word.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE \\* MERGEFORMAT ", " NUMPAGES \\* MERGEFORMAT "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!));
    }

    [Fact]
    public void In_English_the_headings_are_English_and_the_domain_words_stay_Swedish()
    {
        var en = Texts.English;
        using var word = Open(QualityReportWord.Render(Unit(), UiLanguage.English));
        AssertValid(word);
        var body = word.MainDocumentPart!.Document.Body!;
        Assert.Contains(en.DocActionsHeading, Styled(body, "Heading1"));
        Assert.Contains("Contents", body.InnerText);
        Assert.DoesNotContain(Texts.Swedish.DocPerspectivesHeading, body.InnerText);
        Assert.Equal("Strukturkvalitet (resources, competence, routines)", RowOf(TableWithHeader(body, en.DocPerspective), "Strukturkvalitet (resources, competence, routines)")[0]);
        Assert.Contains("Avvikelse (deviation)", body.InnerText);
    }

    [Fact]
    public void The_administration_report_adds_one_summary_row_per_unit_and_names_the_unit_of_each_action()
    {
        var report = Administration(units: 4);
        var t = Texts.Swedish;
        using var word = Open(QualityReportWord.Render(report, UiLanguage.Swedish));
        AssertValid(word);
        var body = word.MainDocumentPart!.Document.Body!;
        Assert.Equal(t.DocUnitsHeading, Styled(body, "Heading1")[^1]);
        var summary = TableWithHeader(body, t.DocUnit, t.DocStopsHeldPlanned);
        Assert.Equal(report.Units.Count + 2, summary.Count); // header, units, total
        var angsgarden = report.Units[0];
        Assert.Equal(
            [angsgarden.UnitName, $"{angsgarden.StopsFinished}/{angsgarden.StopsPlanned}", $"{angsgarden.SelfChecksDone}/{angsgarden.SelfChecksPlanned}",
             $"{angsgarden.SelfChecksEjGodkand}", $"{angsgarden.Deviations}", $"{angsgarden.LexSarah}", $"{angsgarden.Complaints}",
             $"{angsgarden.ActionsOpen}/{angsgarden.ActionsOverdue}", $"{angsgarden.CriticalRisks}"],
            RowOf(summary, "Särskilt boende Ängsgården"));
        Assert.Equal(report.Units.Sum(u => u.Deviations).ToString(CultureInfo.InvariantCulture), RowOf(summary, t.DocTotal)[4]);
        var action = report.Actions[0];
        Assert.Equal(report.Units.Single(u => u.UnitId == action.UnitId).UnitName, RowOf(TableWithHeader(body, t.DocAction), action.Title)[1]);
        Assert.Contains(t.DocAdministration + ": " + Organisation, body.InnerText.Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void The_PDF_has_the_same_headings_and_figures_numbered_pages_and_the_document_information()
    {
        var report = Unit();
        var t = Texts.Swedish;
        var counts = new ReportedDeviations(Year, Counts());
        using var pdf = Pdf.Open(QualityReportPdf.Render(report, UiLanguage.Swedish));
        var pages = PageTexts(pdf);
        var text = string.Join(" ", pages);

        Assert.Equal(Organisation, pdf.Information.Author);
        Assert.Contains(UnitName, pdf.Information.Title);
        foreach (var heading in new[] { t.DocPerspectivesHeading, t.DocStopsHeading, t.DocSelfChecksHeading, t.DocReportsHeading, t.DocIvoHeading, t.DocRisksHeading, t.DocActionsHeading }
                     .Concat(QualityReport.WrittenOrder.Select(t.DocWrittenHeading)))
        {
            Assert.Contains(heading, text);
        }

        Assert.Contains(UnitName, pages[0]);
        // The Avvikelse row of the tertial table, cell by cell as drawn.
        Assert.Contains(
            string.Join(" ", new[] { "Avvikelse" }.Concat(new[] { 1, 2, 3 }.Select(n => counts.OfKind(DeviationKind.Avvikelse, n).ToString(CultureInfo.InvariantCulture))).Append(counts.OfKind(DeviationKind.Avvikelse).ToString(CultureInfo.InvariantCulture))),
            text);
        // A cell's lines are drawn one after the other, while a reader's words go line by line across the row: the
        // drawn order, without the wrapping's whitespace, holds each cell whole.
        var drawn = Flat(string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.Contains(Flat(report.Actions[0].Title), drawn);
        Assert.Contains(Flat($"{t.ActionStatusName(report.Actions[0].Status)}, {t.DocOverdue}"), drawn);
        Assert.Contains(Flat(report.IvoCases[0].IvoDiarienummer!), drawn);
        Assert.Contains(t.DocNotFilledIn, text);
        Assert.Equal(2, pdf.GetPages().Sum(p => p.GetImages().Count()));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Sida {i + 1} av {pages.Count}", pages[i]);
        }
    }

    [Fact]
    public void A_big_administration_report_runs_over_many_pages_and_its_summary_table_repeats_the_header_on_each()
    {
        var report = Administration(units: 300, actions: 100);
        var t = Texts.Swedish;
        using var pdf = Pdf.Open(QualityReportPdf.Render(report, UiLanguage.Swedish));
        var pages = pdf.GetPages().Select(p => Flat(p.Text)).ToList();
        Assert.True(pages.Count > 5, $"{pages.Count} pages");

        // Every page with a unit's row of the summary starts with the table's header row.
        var summaryPages = pages.Where(p => report.Units.Any(u => p.Contains(Flat(u.UnitName + " 1"), StringComparison.Ordinal))).ToList();
        Assert.True(summaryPages.Count > 2, $"{summaryPages.Count} pages of the summary");
        var headerRow = Flat(string.Concat(t.DocUnit, t.DocStopsHeldPlanned, t.DocSelfChecksDonePlanned, t.DocEjGodkand));
        Assert.All(summaryPages, p => Assert.Contains(headerRow, p));
        var last = report.Units[^1];
        Assert.Contains(Flat($"{last.UnitName} {last.StopsFinished}/{last.StopsPlanned} {last.SelfChecksDone}/{last.SelfChecksPlanned} {last.SelfChecksEjGodkand} {last.Deviations}"), pages[^1]);

        using var word = Open(QualityReportWord.Render(report, UiLanguage.Swedish));
        AssertValid(word);
        var header = word.MainDocumentPart!.Document.Body!.Descendants<Table>().Last().Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties!.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void A_new_unit_with_no_data_gets_both_documents_saying_there_is_nothing_yet()
    {
        var report = Empty();
        var t = Texts.Swedish;
        using var word = Open(QualityReportWord.Render(report, UiLanguage.Swedish));
        AssertValid(word);
        var text = string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        foreach (var none in new[] { t.DocNoPerspectives, t.DocNoStops, t.DocNoSelfChecks, t.DocNoReports, t.DocNoIvo, t.DocNoRisks, t.DocNoActions })
        {
            Assert.Contains(none, text);
        }

        Assert.Equal(4, text.Split('\n').Count(line => line == t.DocNotFilledIn));
        Assert.Empty(word.MainDocumentPart.ImageParts);

        using var pdf = Pdf.Open(QualityReportPdf.Render(report, UiLanguage.English));
        var pdfText = string.Join(" ", PageTexts(pdf));
        Assert.Contains(Texts.English.DocNoReports, pdfText);
        Assert.Contains("Nya enheten Ödeshög", pdfText);
        Assert.Contains("Page 1 of", pdfText);
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static void AssertValid(WordprocessingDocument word)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    private static List<string> Styled(Body body, string styleId) =>
        body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId).Select(p => p.InnerText).ToList();

    /// <summary>The table whose header row starts with these cells, as rows of cell texts (paragraphs joined by "\n").</summary>
    private static List<List<string>> TableWithHeader(Body body, params string[] header) =>
        body.Elements<Table>()
            .Select(table => table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList()).ToList())
            .First(rows => rows[0].Take(header.Length).SequenceEqual(header));

    private static List<string> RowOf(List<List<string>> rows, string first) => rows.Skip(1).Single(r => r[0] == first);

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static List<string> PageTexts(Pdf pdf) =>
        pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
}
