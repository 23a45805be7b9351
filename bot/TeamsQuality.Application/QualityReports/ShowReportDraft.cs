using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.QualityReports;

namespace TeamsQuality.Application.QualityReports;

/// <summary>
/// A report's draft as it stands, with every save in its history (who, when, which section, the text as it was): for
/// those who may read the report (<see cref="QualityReportDraft.CanRead"/>); refused <see cref="RefusalReason.NotAllowed"/> otherwise.
/// </summary>
public sealed class ShowReportDraft(QualityReportDraftRepository drafts, TimeProvider time) : IUseCase
{
    public async Task<Outcome<QualityReportDraft>> RunAsync(Actor actor, ReportTarget target, CancellationToken cancellationToken)
    {
        var (unit, refused) = target.Resolve(actor.Organisation);
        if (refused is not null)
        {
            return Outcome.Refused<QualityReportDraft>([refused]);
        }

        if (!QualityReportDraft.CanRead(actor.Person, target.Scope, unit, time.GetUtcNow()))
        {
            return Outcome.Refused<QualityReportDraft>(RefusalReason.NotAllowed);
        }

        return await drafts.FindAsync(target.Key(actor.Tenant), cancellationToken);
    }
}
