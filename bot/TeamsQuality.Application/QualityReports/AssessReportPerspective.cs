using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.QualityReports;

namespace TeamsQuality.Application.QualityReports;

/// <summary>
/// The manager's own assessment of a perspective (bedömning, trend, comment), which the report shows in place of the
/// one compiled from the finished stops; a new revision of the draft, kept in its history. Who may: as for the sections.
/// </summary>
public sealed class AssessReportPerspective(QualityReportDraftRepository drafts, TimeProvider time) : IUseCase
{
    public async Task<Outcome<QualityReportDraft>> RunAsync(
        Actor actor, ReportTarget target, QualityPerspective? perspective, bool? needsAction, Trend? trend, string? comment, CancellationToken cancellationToken)
    {
        var (unit, refused) = target.Resolve(actor.Organisation);
        if (refused is not null)
        {
            return Outcome.Refused<QualityReportDraft>([refused]);
        }

        var key = target.Key(actor.Tenant);
        try
        {
            var (draft, _) = await drafts.ChangeAsync(key, d => d.Assess(actor.Person, unit, perspective, needsAction, trend, comment, time.GetUtcNow()), cancellationToken);
            return draft;
        }
        catch (RuleException rule)
        {
            return Outcome.Refused(rule.Refusals, await drafts.FindAsync(key, cancellationToken));
        }
    }
}
