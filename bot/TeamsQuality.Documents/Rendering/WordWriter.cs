using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace TeamsQuality.Documents.Rendering;

/// <summary>
/// Makes a .docx of a document's blocks with the Open XML SDK alone: its own styles (Title, Heading 1–3 with outline
/// levels, Normal, Caption, a report table style with a header row), settings that make Word refresh the table of
/// contents on open, A4 with "Sida n av m" in the footer, tables with a header row that repeats over page breaks and
/// fixed column widths (Word does not have to measure them), and images inline with their alt text.
/// </summary>
internal static class WordWriter
{
    private const int PageWidth = 11906;   // A4 in twentieths of a point
    private const int PageHeight = 16838;
    private const int Margin = 1134;       // 2 cm
    private const int ContentWidth = PageWidth - (2 * Margin);
    private const long ImageWidthEmu = 16L * 360000; // 16 cm
    private const string TableStyleId = "ReportTable";

    public static byte[] Write(DocumentContent content)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = content.Title;
            package.PackageProperties.Creator = content.Author;
            package.PackageProperties.Language = content.Language;
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(content.Language);
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(content.PageNumbers);

            var body = new Body();
            uint imageId = 0;
            foreach (var block in content.Blocks)
            {
                switch (block)
                {
                    case TitleBlock title:
                        body.Append(Styled(title.Text, "Title"));
                        break;
                    case HeadingBlock heading:
                        body.Append(Styled(heading.Text, $"Heading{Math.Clamp(heading.Level, 1, 3)}"));
                        break;
                    case ParagraphBlock paragraph:
                        foreach (var line in paragraph.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
                        {
                            body.Append(new Paragraph(TextRun(line, bold: false, italic: paragraph.Italic)));
                        }

                        break;
                    case KeyValueBlock keyValues:
                        foreach (var (key, value) in keyValues.Rows)
                        {
                            body.Append(new Paragraph(TextRun(key + ": ", bold: true, italic: false), TextRun(value, bold: false, italic: false)));
                        }

                        break;
                    case TableBlock table:
                        body.Append(Table(table));
                        body.Append(new Paragraph());
                        break;
                    case ImageBlock image:
                        imageId++;
                        var part = main.AddImagePart(ImagePartType.Png);
                        using (var png = new MemoryStream(image.Png, writable: false))
                        {
                            part.FeedData(png);
                        }

                        body.Append(new Paragraph(new ParagraphProperties(new KeepNext()), new Run(Drawing(main.GetIdOfPart(part), imageId, image))));
                        body.Append(Styled(image.Caption, "Caption"));
                        break;
                    case ContentsBlock contents:
                        body.Append(new Paragraph(TextRun(contents.Heading, bold: true, italic: false, size: 28)));
                        body.Append(TableOfContents(contents.Placeholder));
                        break;
                    case PageBreakBlock:
                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                }
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Styles Styles(string language)
    {
        var fonts = new RunFonts { Ascii = DocumentFonts.Family, HighAnsi = DocumentFonts.Family, ComplexScript = DocumentFonts.Family, EastAsia = DocumentFonts.Family };
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(fonts, new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }, new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            ParagraphStyle("Title", "Title", 48, outline: null, before: 0, after: 240),
            ParagraphStyle("Heading1", "heading 1", 32, outline: 0, before: 360, after: 120),
            ParagraphStyle("Heading2", "heading 2", 26, outline: 1, before: 240, after: 100),
            ParagraphStyle("Heading3", "heading 3", 22, outline: 2, before: 200, after: 80),
            new Style(
                new StyleName { Val = "caption" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new UIPriority { Val = 35 },
                new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "60", After = "240" }),
                new StyleRunProperties(new Italic(), new Color { Val = "404040" }, new FontSize { Val = "18" }))
            { Type = StyleValues.Paragraph, StyleId = "Caption" },
            new Style(
                new StyleName { Val = "Report Table" },
                new UIPriority { Val = 59 },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" }),
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
                new TableStyleProperties(
                    new RunPropertiesBaseStyle(new Bold()),
                    new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DDE6F0" }))
                { Type = TableStyleOverrideValues.FirstRow })
            { Type = StyleValues.Table, StyleId = TableStyleId });
    }

    private static Style ParagraphStyle(string id, string name, int halfPoints, int? outline, int before, int after)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = outline is null ? 10 : 9 },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }

    private static Footer Footer(string pageNumbers)
    {
        // "Sida {0} av {1}": the text around the two fields stays as the language has it.
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        var rest = pageNumbers;
        foreach (var (marker, field) in new[] { ("{0}", "PAGE"), ("{1}", "NUMPAGES") })
        {
            var at = rest.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            if (at > 0)
            {
                paragraph.Append(TextRun(rest[..at], bold: false, italic: false, size: 16));
            }

            paragraph.Append(new SimpleField(new Run(new RunProperties(new FontSize { Val = "16" }), new Text("1"))) { Instruction = $" {field} \\* MERGEFORMAT " });
            rest = rest[(at + marker.Length)..];
        }

        if (rest.Length > 0)
        {
            paragraph.Append(TextRun(rest, bold: false, italic: false, size: 16));
        }

        return new Footer(paragraph);
    }

    /// <summary>The TOC as a complex field marked dirty, with a placeholder line Word replaces when it updates fields on open.</summary>
    private static Paragraph TableOfContents(string placeholder) => new(
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
        new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        TextRun(placeholder, bold: false, italic: true),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    private static Paragraph Styled(string text, string styleId) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), TextRun(text, bold: false, italic: false));

    private static Run TextRun(string text, bool bold, bool italic, int? size = null)
    {
        var run = new Run();
        if (bold || italic || size is not null)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            if (size is { } halfPoints)
            {
                properties.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            }

            run.Append(properties);
        }

        run.Append(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Table Table(TableBlock block)
    {
        var total = block.Shares.Sum();
        var widths = block.Shares.Select(s => (int)(ContentWidth * s / total)).ToArray();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = TableStyleId },
                new TableWidth { Width = ContentWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(block.Headers, widths, header: true));
        foreach (var row in block.Rows)
        {
            table.Append(Row(row, widths, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        // The header row repeats on every page the table runs onto; no row is split over a page break.
        row.Append(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            var text = i < cells.Count ? cells[i] : string.Empty;
            foreach (var line in text.Split('\n'))
            {
                cell.Append(new Paragraph(TextRun(line, bold: false, italic: false)));
            }

            row.Append(cell);
        }

        return row;
    }

    private static Drawing Drawing(string relationshipId, uint id, ImageBlock image)
    {
        var height = ImageWidthEmu * image.PixelHeight / Math.Max(1, image.PixelWidth);
        var name = $"Diagram {id}";
        var alt = XmlSafe(image.AltText);
        return new Drawing(
            new DW.Inline(
                new DW.Extent { Cx = ImageWidthEmu, Cy = height },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = id, Name = name, Description = alt },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(
                    new A.GraphicData(
                        new PIC.Picture(
                            new PIC.NonVisualPictureProperties(
                                new PIC.NonVisualDrawingProperties { Id = id, Name = name + ".png", Description = alt },
                                new PIC.NonVisualPictureDrawingProperties()),
                            new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                            new PIC.ShapeProperties(
                                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = ImageWidthEmu, Cy = height }),
                                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                    { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }

    /// <summary>Characters XML cannot hold (control characters in typed text) would make the file unreadable: they go.</summary>
    private static string XmlSafe(string text)
    {
        if (!text.Any(c => c < ' ' && c != '\t'))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c >= ' ' || c == '\t')
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }
}
