namespace TeamsQuality.Documents.Rendering;

/// <summary>Draws a document's blocks with <see cref="PdfLayout"/>: the PDF twin of <see cref="WordWriter"/>.</summary>
internal static class PdfWriter
{
    /// <summary>Charts are drawn 16 cm wide, as in the Word file.</summary>
    private const double ImageWidth = 16 / 2.54 * 72;

    public static byte[] Write(DocumentContent content)
    {
        using var layout = new PdfLayout(content.Title, content.Author);
        foreach (var block in content.Blocks)
        {
            switch (block)
            {
                case TitleBlock title:
                    layout.Title(title.Text);
                    break;
                case HeadingBlock heading:
                    layout.Heading(heading.Text, heading.Level);
                    break;
                case ParagraphBlock paragraph:
                    layout.Paragraph(paragraph.Text, paragraph.Italic);
                    break;
                case KeyValueBlock keyValues:
                    layout.KeyValues(keyValues.Rows);
                    break;
                case TableBlock table:
                    layout.Table(table.Headers, table.Rows, table.Shares);
                    break;
                case ImageBlock image:
                    layout.Image(image.Jpeg, ImageWidth, image.Caption);
                    break;
                case PageBreakBlock:
                    layout.PageBreak();
                    break;
                case ContentsBlock:
                    // A PDF has no fields to fill in: its bookmarks (one per main heading) are the contents.
                    break;
            }
        }

        return layout.ToBytes(content.PageNumbers);
    }
}
