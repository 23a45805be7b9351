using TeamsQuality.Cards;
using TeamsQuality.Documents.Rendering;
using TeamsQuality.Domain.QualityReports;

namespace TeamsQuality.Documents.QualityReports;

/// <summary>The kvalitetsberättelse as a Word document (.docx).</summary>
public static class QualityReportWord
{
    /// <summary>The .docx file's bytes: styles, a table of contents Word fills in on open, tables, charts, page numbers.</summary>
    public static byte[] Render(QualityReport report, UiLanguage language) =>
        WordWriter.Write(QualityReportContent.Build(report, language));
}
