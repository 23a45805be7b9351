using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.QualityReports;

namespace TeamsQuality.Application.QualityReports;

/// <summary>
/// A unit's kvalitetsberättelse of a year (default: the last wheel year whose report stop has opened, <see cref="QualityReportRecords.SpanAsync"/>), compiled now from the year's records and
/// the manager's draft (<see cref="QualityReportCompiler"/>). For whoever acts as the unit's manager and those who
/// follow every unit; refused <see cref="RefusalReason.NotAllowed"/> for anyone else (staff), and
/// <see cref="RefusalReason.NotFound"/> (<see cref="Field.Unit"/>) for a unit the organisation does not have.
/// </summary>
public sealed class CompileUnitReport(QualityReportRecords records, QualityReportDraftRepository drafts, TimeProvider time) : IUseCase
{
    public async Task<Outcome<QualityReport>> RunAsync(Actor actor, string? unitId, int? year, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (unitId is null || actor.Organisation.FindUnit(unitId) is not { } unit)
        {
            return Outcome.Refused<QualityReport>(RefusalReason.NotFound, Field.Unit);
        }

        if (!QualityReportDraft.CanRead(actor.Person, ReportScope.Enhet, unit, now))
        {
            return Outcome.Refused<QualityReport>(RefusalReason.NotAllowed);
        }

        var span = await records.SpanAsync(actor.Tenant, year, cancellationToken);
        var read = records.OfUnitAsync(actor.Tenant, unit, span, cancellationToken);
        var draft = drafts.FindAsync(ReportDraftKey.OfUnit(actor.Tenant, unit.Id, span.Year), cancellationToken);
        await Task.WhenAll(read, draft);
        return QualityReportCompiler.ForUnit(actor.Organisation, await read, await draft, span, now, actor.Person.Name);
    }
}
