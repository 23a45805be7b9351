using TeamsQuality.Application;
using TeamsQuality.Application.QualityReports;
using TeamsQuality.Bot.Downloads;
using TeamsQuality.Cards;
using TeamsQuality.Cards.QualityReports;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;

namespace TeamsQuality.Bot.QualityReports;

/// <summary>
/// What the report's card and its tab section share: which reports a person may choose, compiling the chosen one, and
/// its download links. One place, so the card and the tab offer the same reports and the same links.
/// </summary>
public sealed class QualityReportViews(CompileUnitReport unitReport, CompileAdministrationReport administrationReport, DownloadLinks links, TimeProvider time)
{
    public const string Kind = "kvalitetsberattelse";

    /// <summary>The reports the person may read: the administration's and every unit's for those who follow all units; the units they act as manager of.</summary>
    public IReadOnlyList<ReportChoice> Choices(Actor actor, UiLanguage language)
    {
        var now = time.GetUtcNow();
        var units = actor.Organisation.UnitsVisibleTo(actor.Person)
            .Concat(actor.Organisation.Units.Where(u => actor.Person.ActsAsManagerOf(u, now)))
            .DistinctBy(u => u.Id)
            .Where(u => QualityReportDraft.CanRead(actor.Person, ReportScope.Enhet, u, now))
            .Select(u => new ReportChoice(u.Id, u.Name));
        return QualityReportDraft.CanRead(actor.Person, ReportScope.Forvaltning, null, now)
            ? [new ReportChoice(QualityReportPress.Administration, Texts.For(language).QualityReportAdministration), .. units]
            : units.ToList();
    }

    /// <summary>The report a person sees first: the administration's for the deputy director, their only unit's, or none (they choose).</summary>
    public static string? First(Actor actor, IReadOnlyList<ReportChoice> choices) =>
        actor.Person.Role == Role.BitradandeSocialchef ? QualityReportPress.Administration
        : choices.Count == 1 ? choices[0].Scope
        : null;

    public Task<Outcome<QualityReport>> CompileAsync(Actor actor, string scope, int? year, CancellationToken cancellationToken) =>
        scope == QualityReportPress.Administration
            ? administrationReport.RunAsync(actor, year, cancellationToken)
            : unitReport.RunAsync(actor, scope, year, cancellationToken);

    /// <summary>Whether the person writes this report.</summary>
    public bool CanWrite(Actor actor, QualityReport report) =>
        QualityReportDraft.CanWrite(actor.Person, report.Scope, report.UnitId is null ? null : actor.Organisation.FindUnit(report.UnitId), time.GetUtcNow());

    /// <summary>The download link's subject: <c>enhet:{unitId}:{year}</c> or <c>forvaltning:{year}</c>.</summary>
    public static string Subject(QualityReport report) =>
        report.UnitId is { } unitId ? $"enhet:{unitId}:{report.Year}" : $"forvaltning:{report.Year}";

    /// <summary>Fresh links to the report as Word and PDF, for the person (valid 15 minutes).</summary>
    public (string Word, string Pdf) Links(Actor actor, QualityReport report, UiLanguage language) =>
        (links.Create(actor.Tenant.Value, actor.Person.Id, Kind, Subject(report), "docx", language),
         links.Create(actor.Tenant.Value, actor.Person.Id, Kind, Subject(report), "pdf", language));
}
