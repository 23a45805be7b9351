using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TeamsQuality.Documents.Rendering;

/// <summary>
/// A small flowing layout on PDFsharp's core build (no MigraDoc: it is not served for .NET 10 here): A4 pages, headings,
/// wrapped paragraphs, key–value tables, tables whose cells wrap and which go on over page breaks with the header row
/// repeated, images, and "Sida n av m" in every footer. Each document (the quality report, the IVO package) writes its
/// content top to bottom through it and calls <see cref="ToBytes"/> once.
///
/// Text is measured word by word once per block and never re-measured per row or per page, so a table of hundreds of
/// rows stays linear.
/// </summary>
public sealed class PdfLayout : IDisposable
{
    private const double PageWidth = 595.28;   // A4 in points
    private const double PageHeight = 841.89;
    private const double Margin = 56;          // about 2 cm
    private const double FooterSpace = 28;
    private const double CellPadding = 3;

    private static readonly XColor HeaderFill = XColor.FromArgb(0xDD, 0xE6, 0xF0);
    private static readonly XColor RuleColour = XColor.FromArgb(0x80, 0x80, 0x80);

    private readonly PdfDocument _document = new();
    private readonly Dictionary<(double Size, bool Bold, bool Italic), XFont> _fonts = [];
    private readonly Dictionary<(XFont Font, string Word), double> _widths = [];
    private XGraphics? _graphics;
    private double _y;

    /// <summary>A new document; title and author go into the PDF's document information.</summary>
    public PdfLayout(string title, string author, string? subject = null)
    {
        DocumentFonts.UseForPdf();
        // The charts' pixels are compressed again when an image goes in: the fastest level costs little in size and
        // most of the time otherwise spent there.
        _document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        _document.Info.Title = title;
        _document.Info.Author = author;
        if (subject is not null)
        {
            _document.Info.Subject = subject;
        }

        NewPage();
    }

    private static double ContentWidth => PageWidth - (2 * Margin);

    private static double Bottom => PageHeight - Margin - FooterSpace;

    /// <summary>The pages so far.</summary>
    public int PageCount => _document.PageCount;

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("The layout is finished.");

    /// <summary>The document's title line (large, bold).</summary>
    public void Title(string text)
    {
        WriteLines(text, Font(22, bold: true), spaceBefore: 0, spaceAfter: 10);
    }

    /// <summary>A heading of level 1–3; it is kept together with at least a few lines of what follows.</summary>
    public void Heading(string text, int level = 1)
    {
        var (size, before) = level switch { 1 => (16.0, 16.0), 2 => (13.0, 12.0), _ => (11.0, 8.0) };
        var font = Font(size, bold: true);
        EnsureSpace(before + (LineHeight(font) * 2) + 40);
        var spaceBefore = _y <= Margin ? 0 : before;
        if (level == 1)
        {
            // Bookmarks are the PDF's table of contents.
            _document.Outlines.Add(text, _document.Pages[_document.PageCount - 1], opened: true);
        }

        WriteLines(text, font, spaceBefore: spaceBefore, spaceAfter: 4);
    }

    /// <summary>A paragraph of body text, wrapped to the page's width; blank lines in the text start new paragraphs.</summary>
    public void Paragraph(string text, bool italic = false, bool bold = false, double size = 10)
    {
        WriteLines(text, Font(size, bold, italic), spaceBefore: 0, spaceAfter: 6);
    }

    /// <summary>Two columns without a header: the key in bold on the left, the value wrapped on the right.</summary>
    public void KeyValues(IEnumerable<(string Key, string Value)> rows, double keyShare = 0.32)
    {
        var widths = new[] { ContentWidth * keyShare, ContentWidth * (1 - keyShare) };
        var bold = Font(10, bold: true);
        var regular = Font(10);
        foreach (var (key, value) in rows)
        {
            var cells = new[] { Wrap(key, bold, widths[0] - (2 * CellPadding)), Wrap(value, regular, widths[1] - (2 * CellPadding)) };
            var height = RowHeight(cells, regular);
            EnsureSpace(height);
            DrawRow(cells, widths, [bold, regular], height, fill: null, rule: false);
        }

        _y += 6;
    }

    /// <summary>
    /// A table: a header row, then the rows; cells wrap within their column (shares of the width, equal when null).
    /// When a row does not fit on the page the table goes on on the next page, with the header row again.
    /// </summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double>? shares = null, double? size = null)
    {
        // Wide tables get a smaller type so their words still fit their columns.
        var fontSize = size ?? (headers.Count >= 7 ? 7.5 : 8.5);
        var headerFont = Font(fontSize, bold: true);
        var widths = ColumnWidths(headers.Count, shares, headers.Select(h => WidestWord(h, headerFont) + (2 * CellPadding)).ToArray());
        var bodyFont = Font(fontSize);
        var headerCells = headers.Select((h, i) => Wrap(h, headerFont, widths[i] - (2 * CellPadding))).ToArray();
        var headerHeight = RowHeight(headerCells, headerFont);
        var headerFonts = Enumerable.Repeat(headerFont, headers.Count).ToArray();
        var bodyFonts = Enumerable.Repeat(bodyFont, headers.Count).ToArray();

        EnsureSpace(headerHeight + LineHeight(bodyFont) + (2 * CellPadding));
        DrawRow(headerCells, widths, headerFonts, headerHeight, HeaderFill, rule: true);
        foreach (var row in rows)
        {
            var cells = Enumerable.Range(0, headers.Count)
                .Select(i => Wrap(i < row.Count ? row[i] : string.Empty, bodyFont, widths[i] - (2 * CellPadding)))
                .ToArray();
            var height = RowHeight(cells, bodyFont);
            if (_y + height > Bottom)
            {
                NewPage();
                DrawRow(headerCells, widths, headerFonts, headerHeight, HeaderFill, rule: true);
            }

            DrawRow(cells, widths, bodyFonts, height, fill: null, rule: true);
        }

        _y += 8;
    }

    /// <summary>An image (PNG or JPEG bytes) at a width in points (the page's width at most), with a caption under it.</summary>
    public void Image(byte[] image, double width, string? caption = null)
    {
        using var stream = new MemoryStream(image, writable: false);
        using var picture = XImage.FromStream(stream);
        width = Math.Min(width, ContentWidth);
        var height = width * picture.PixelHeight / Math.Max(1, picture.PixelWidth);
        var captionFont = Font(9, italic: true);
        EnsureSpace(height + (caption is null ? 0 : LineHeight(captionFont) + 4));
        Graphics.DrawImage(picture, Margin, _y, width, height);
        _y += height + 4;
        if (caption is not null)
        {
            WriteLines(caption, captionFont, spaceBefore: 0, spaceAfter: 8);
        }
    }

    /// <summary>Space between blocks.</summary>
    public void Space(double points) => _y += points;

    /// <summary>Starts a new page (unless the current one is still empty).</summary>
    public void PageBreak()
    {
        if (_y > Margin)
        {
            NewPage();
        }
    }

    /// <summary>
    /// Writes "Sida n av m" (<paramref name="pageNumberFormat"/> with {0} the page and {1} the count) at the foot of
    /// every page, and returns the file's bytes. The layout cannot be written to after this.
    /// </summary>
    public byte[] ToBytes(string pageNumberFormat)
    {
        _graphics?.Dispose();
        _graphics = null;
        var font = Font(8);
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = string.Format(CultureInfo.InvariantCulture, pageNumberFormat, i + 1, count);
            graphics.DrawString(text, font, XBrushes.Black, new XRect(Margin, PageHeight - Margin, ContentWidth, FooterSpace), XStringFormats.TopCenter);
        }

        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    /// <summary>
    /// The columns' widths from their shares, widened where a header word would not fit (a header broken mid-word is
    /// hard to read), the widening taken from the other columns in proportion.
    /// </summary>
    private static double[] ColumnWidths(int count, IReadOnlyList<double>? shares, double[] minimums)
    {
        var weights = shares is null || shares.Count != count ? Enumerable.Repeat(1.0, count).ToArray() : shares.ToArray();
        var widths = new double[count];
        var pinned = new bool[count];
        if (minimums.Sum() > ContentWidth)
        {
            Array.Clear(minimums);
        }

        for (var round = 0; round <= count; round++)
        {
            var free = ContentWidth - Enumerable.Range(0, count).Where(i => pinned[i]).Sum(i => minimums[i]);
            var weight = Enumerable.Range(0, count).Where(i => !pinned[i]).Sum(i => weights[i]);
            var changed = false;
            for (var i = 0; i < count; i++)
            {
                widths[i] = pinned[i] ? minimums[i] : free * weights[i] / weight;
                if (!pinned[i] && widths[i] < minimums[i])
                {
                    pinned[i] = changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return widths;
    }

    private double WidestWord(string text, XFont font) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => Width(w, font)).DefaultIfEmpty(0).Max();

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void EnsureSpace(double height)
    {
        if (_y + height > Bottom && _y > Margin)
        {
            NewPage();
        }
    }

    private void WriteLines(string text, XFont font, double spaceBefore, double spaceAfter)
    {
        _y += spaceBefore;
        var lineHeight = LineHeight(font);
        foreach (var line in Wrap(text, font, ContentWidth))
        {
            EnsureSpace(lineHeight);
            if (line.Length > 0)
            {
                Graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, ContentWidth, lineHeight), XStringFormats.TopLeft);
            }

            _y += lineHeight;
        }

        _y += spaceAfter;
    }

    private void DrawRow(List<string>[] cells, double[] widths, XFont[] fonts, double height, XColor? fill, bool rule)
    {
        var x = Margin;
        var pen = new XPen(RuleColour, 0.4);
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = new XRect(x, _y, widths[i], height);
            if (fill is { } colour)
            {
                Graphics.DrawRectangle(new XSolidBrush(colour), cell);
            }

            if (rule)
            {
                Graphics.DrawRectangle(pen, cell);
            }

            var lineHeight = LineHeight(fonts[i]);
            var y = _y + CellPadding;
            foreach (var line in cells[i])
            {
                if (line.Length > 0)
                {
                    Graphics.DrawString(line, fonts[i], XBrushes.Black, new XRect(x + CellPadding, y, widths[i] - (2 * CellPadding), lineHeight), XStringFormats.TopLeft);
                }

                y += lineHeight;
            }

            x += widths[i];
        }

        _y += height;
    }

    private static double RowHeight(List<string>[] cells, XFont font) =>
        (Math.Max(1, cells.Max(c => c.Count)) * LineHeight(font)) + (2 * CellPadding);

    private static double LineHeight(XFont font) => font.Size * 1.3;

    private XFont Font(double size, bool bold = false, bool italic = false)
    {
        if (!_fonts.TryGetValue((size, bold, italic), out var font))
        {
            var style = (bold, italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(DocumentFonts.Family, size, style);
            _fonts[(size, bold, italic)] = font;
        }

        return font;
    }

    private double Width(string word, XFont font)
    {
        if (!_widths.TryGetValue((font, word), out var width))
        {
            width = Graphics.MeasureString(word, font).Width;
            _widths[(font, word)] = width;
        }

        return width;
    }

    /// <summary>Greedy word wrap; a word wider than the line is broken by characters. Line breaks in the text are kept.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var space = Width(" ", font);
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Width(word, font);
                if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                if (wordWidth <= width)
                {
                    line.Append(word);
                    lineWidth = wordWidth;
                    continue;
                }

                foreach (var ch in word)
                {
                    var charWidth = Width(ch.ToString(), font);
                    if (line.Length > 0 && lineWidth + charWidth > width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }

                    line.Append(ch);
                    lineWidth += charWidth;
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
