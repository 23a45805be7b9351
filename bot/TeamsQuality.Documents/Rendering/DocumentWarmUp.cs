using TeamsQuality.Cards;
using TeamsQuality.Documents.QualityReports;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Documents.Rendering;

/// <summary>
/// Renders a small made-up quality report once, as Word and as PDF with its charts, so the first real download does
/// not pay for loading the fonts and warming up ScottPlot, the Open XML SDK and PDFsharp (2–3 s on the benchmark's
/// machine, where a warm render takes a few hundred ms). The host calls it in the background at start.
/// </summary>
public static class DocumentWarmUp
{
    public static void Run()
    {
        var tenant = new TenantId("warm-up");
        var unit = new Unit("enhet", "Enhet", null, null);
        var organisation = new Organisation(tenant, "Förvaltning", [unit], []);
        var now = new DateTimeOffset(2027, 10, 15, 8, 0, 0, TimeSpan.Zero);
        // A few reports, so the report has its charts (a chart is drawn only for what it counts).
        IReadOnlyList<FiledReportFacts> reports = Enum.GetValues<DeviationKind>()
            .Select((kind, i) => new FiledReportFacts($"W-{i}", unit.Id, kind, now.AddMonths(-i), null, null, null, null))
            .ToList();
        var records = new UnitYearRecords(unit, [], [], [], reports, [], []);
        var report = QualityReportCompiler.ForUnit(organisation, records, QualityReportDraft.Empty(ReportDraftKey.OfUnit(tenant, unit.Id, 2027)), QualityYearSpan.Of(2027, 11), now, "Uppvärmning");
        QualityReportWord.Render(report, UiLanguage.Swedish);
        QualityReportPdf.Render(report, UiLanguage.Swedish);
    }
}
