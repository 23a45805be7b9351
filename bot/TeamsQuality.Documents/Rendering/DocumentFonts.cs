using PdfSharp.Fonts;

namespace TeamsQuality.Documents.Rendering;

/// <summary>
/// The fonts the documents are set in. PDFsharp's core build has no fonts of its own off Windows: it asks a resolver,
/// and this one reads a sans-serif family with Swedish letters from the machine's font folders (Debian's
/// fonts-dejavu-core or fonts-liberation; the container image must have one of them). The charts (ScottPlot on
/// SkiaSharp) find the same fonts through fontconfig. Word documents name the family and leave the fonts to Word.
/// </summary>
public static class DocumentFonts
{
    /// <summary>The family every document is set in (Word falls back to its own sans-serif if it lacks it).</summary>
    public const string Family = "DejaVu Sans";

    private static readonly string[] FontFolders = ["/usr/share/fonts", "/usr/local/share/fonts", "C:\\Windows\\Fonts"];

    private static readonly Lazy<Dictionary<string, string>> Faces = new(FindFaces);

    private static int _installed;

    /// <summary>Sets PDFsharp's resolver once per process (it is global to PDFsharp).</summary>
    public static void UseForPdf()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0 && GlobalFontSettings.FontResolver is null)
        {
            GlobalFontSettings.FontResolver = new Resolver();
        }
    }

    /// <summary>regular, bold, italic, bolditalic → file; DejaVu Sans first, Liberation Sans after.</summary>
    private static Dictionary<string, string> FindFaces()
    {
        var files = FontFolders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.ttf", SearchOption.AllDirectories))
            .GroupBy(f => Path.GetFileName(f), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        (string Face, string[] Names)[] wanted =
        [
            ("regular", ["DejaVuSans.ttf", "LiberationSans-Regular.ttf", "arial.ttf"]),
            ("bold", ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "arialbd.ttf"]),
            ("italic", ["DejaVuSans-Oblique.ttf", "LiberationSans-Italic.ttf", "ariali.ttf"]),
            ("bolditalic", ["DejaVuSans-BoldOblique.ttf", "LiberationSans-BoldItalic.ttf", "arialbi.ttf"]),
        ];
        var faces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (face, names) in wanted)
        {
            var file = names.Select(n => files.GetValueOrDefault(n)).FirstOrDefault(f => f is not null);
            if (file is not null)
            {
                faces[face] = file;
            }
        }

        if (!faces.ContainsKey("regular"))
        {
            throw new InvalidOperationException("No font for the PDF documents: install Debian's fonts-dejavu-core (or fonts-liberation).");
        }

        return faces;
    }

    private sealed class Resolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        {
            var face = (bold, italic) switch { (true, true) => "bolditalic", (true, false) => "bold", (false, true) => "italic", _ => "regular" };
            return Faces.Value.ContainsKey(face) ? new FontResolverInfo(face) : new FontResolverInfo("regular", bold, italic);
        }

        public byte[]? GetFont(string faceName) =>
            Faces.Value.TryGetValue(faceName, out var file) ? File.ReadAllBytes(file) : File.ReadAllBytes(Faces.Value["regular"]);
    }
}
