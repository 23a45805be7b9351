using TeamsQuality.Cards;
using TeamsQuality.Domain.QualityReports;

namespace TeamsQuality.Documents.QualityReports;

/// <summary>The kvalitetsberättelse as a PDF.</summary>
public static class QualityReportPdf
{
    /// <summary>The PDF file's bytes. (Being built on branch "docs"; this signature is what callers use.)</summary>
    public static byte[] Render(QualityReport report, UiLanguage language) =>
        throw new NotSupportedException("The PDF rendering is being built (branch docs).");
}
