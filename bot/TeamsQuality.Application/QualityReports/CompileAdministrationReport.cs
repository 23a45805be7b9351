using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.QualityReports;

namespace TeamsQuality.Application.QualityReports;

/// <summary>
/// The administration's kvalitetsberättelse of a year (default: the last wheel year whose report stop has opened, <see cref="QualityReportRecords.SpanAsync"/>): every unit's figures summed
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

        var span = await records.SpanAsync(actor.Tenant, year, cancellationToken);
        var units = actor.Organisation.UnitsVisibleTo(actor.Person);
        var read = records.OfAdministrationAsync(actor.Tenant, units, span, cancellationToken);
        var draft = drafts.FindAsync(ReportDraftKey.OfAdministration(actor.Tenant, span.Year), cancellationToken);
        await Task.WhenAll(read, draft);
        var all = await read;
        return QualityReportCompiler.ForAdministration(actor.Organisation, all.Units, all.ManagerGroupStops, all.ManagerGroupActions, await draft, span, now, actor.Person.Name);
    }
}
