using TeamsQuality.Cards;
using TeamsQuality.Domain.QualityReports;

namespace TeamsQuality.Documents.QualityReports;

/// <summary>The kvalitetsberättelse as a Word document (.docx).</summary>
public static class QualityReportWord
{
    /// <summary>The .docx file's bytes. (Being built on branch "docs"; this signature is what callers use.)</summary>
    public static byte[] Render(QualityReport report, UiLanguage language) =>
        throw new NotSupportedException("The Word rendering is being built (branch docs).");
}
