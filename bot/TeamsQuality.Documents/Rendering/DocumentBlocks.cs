namespace TeamsQuality.Documents.Rendering;

/// <summary>
/// A document's content as blocks, written once and drawn twice: <see cref="WordWriter"/> makes the .docx of them and
/// <see cref="PdfLayout"/> the PDF, so the Word file and the PDF cannot drift apart in content or order.
/// </summary>
internal abstract record DocumentBlock;

/// <summary>The cover's title (Word's Title style).</summary>
internal sealed record TitleBlock(string Text) : DocumentBlock;

/// <summary>A heading, level 1–3 (Word's Heading 1–3, with outline levels for the table of contents).</summary>
internal sealed record HeadingBlock(string Text, int Level) : DocumentBlock;

/// <summary>Body text; line breaks in it start new paragraphs.</summary>
internal sealed record ParagraphBlock(string Text, bool Italic = false) : DocumentBlock;

/// <summary>Key–value lines (the cover's facts).</summary>
internal sealed record KeyValueBlock(IReadOnlyList<(string Key, string Value)> Rows) : DocumentBlock;

/// <summary>A table with a header row; <paramref name="Shares"/> are the columns' relative widths.</summary>
internal sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double> Shares) : DocumentBlock;

/// <summary>
/// A chart as a PNG (Word) and the same pixels as a JPEG (the PDF takes it as it is), with the alt text a screen reader
/// reads and the caption printed under it.
/// </summary>
internal sealed record ImageBlock(byte[] Png, byte[] Jpeg, int PixelWidth, int PixelHeight, string AltText, string Caption) : DocumentBlock;

/// <summary>The table of contents (a field Word fills in; the PDF has bookmarks instead).</summary>
internal sealed record ContentsBlock(string Heading, string Placeholder) : DocumentBlock;

internal sealed record PageBreakBlock : DocumentBlock;

/// <summary>A whole document: its blocks and what goes into its properties and footers.</summary>
/// <param name="PageNumbers">"Sida {0} av {1}".</param>
internal sealed record DocumentContent(string Title, string Author, string Language, string PageNumbers, IReadOnlyList<DocumentBlock> Blocks);
