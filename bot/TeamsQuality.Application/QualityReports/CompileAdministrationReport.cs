using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.QualityReports;

namespace TeamsQuality.Application.QualityReports;

/// <summary>
/// The administration's kvalitetsberättelse of a year (default: the current wheel year): every unit's figures summed
/// with one line per unit, the manager group's stops, and the deputy director's draft. For those who follow every unit
/// (the deputy director, the quality developers, the director); refused <see cref="RefusalReason.NotAllowed"/> for others.
/// </summary>
public sealed class CompileAdministrationReport(QualityReportRecords records, QualityReportDraftRepository drafts, TimeProvider time) : IUseCase
{
    public async Task<Outcome<QualityReport>> RunAsync(Actor actor, int? year, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!QualityReportDraft.CanRead(actor.Person, ReportScope.Forvaltning, null, now))
        {
            return Outcome.Refused<QualityReport>(RefusalReason.NotAllowed);
        }

        var reportYear = year ?? await records.DefaultYearAsync(actor.Tenant, cancellationToken);
        var units = actor.Organisation.UnitsVisibleTo(actor.Person);
        var read = records.OfAdministrationAsync(actor.Tenant, units, reportYear, cancellationToken);
        var draft = drafts.FindAsync(ReportDraftKey.OfAdministration(actor.Tenant, reportYear), cancellationToken);
        await Task.WhenAll(read, draft);
        var all = await read;
        return QualityReportCompiler.ForAdministration(actor.Organisation, all.Units, all.ManagerGroupStops, all.ManagerGroupActions, await draft, reportYear, now, actor.Person.Name);
    }
}
