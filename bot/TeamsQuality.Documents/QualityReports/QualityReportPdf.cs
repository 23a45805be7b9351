using TeamsQuality.Cards;
using TeamsQuality.Documents.Rendering;
using TeamsQuality.Domain.QualityReports;

namespace TeamsQuality.Documents.QualityReports;

/// <summary>The kvalitetsberättelse as a PDF.</summary>
public static class QualityReportPdf
{
    /// <summary>The PDF file's bytes: the same content and order as the Word file, A4, "Sida n av m".</summary>
    public static byte[] Render(QualityReport report, UiLanguage language) =>
        PdfWriter.Write(QualityReportContent.Build(report, language));
}
