using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.QualityReports;

namespace TeamsQuality.Application.QualityReports;

/// <summary>
/// Saves a hand-written section of a report (särskilda händelser, personal och ekonomi, planerade aktiviteter,
/// önskemål till nämnden) as a new revision of the draft: by whoever acts as the unit's manager, or for the
/// administration's the deputy director. A refusal (who, a personnummer, too long, saved meanwhile) saves nothing and
/// comes back with the draft as it is.
/// </summary>
public sealed class WriteReportSection(QualityReportDraftRepository drafts, TimeProvider time) : IUseCase
{
    /// <param name="readRevision">The section's revision the writer saw; null to save regardless.</param>
    public async Task<Outcome<QualityReportDraft>> RunAsync(
        Actor actor, ReportTarget target, WrittenSectionKind? section, string? text, int? readRevision, CancellationToken cancellationToken)
    {
        var (unit, refused) = target.Resolve(actor.Organisation);
        if (refused is not null)
        {
            return Outcome.Refused<QualityReportDraft>([refused]);
        }

        var key = target.Key(actor.Tenant);
        try
        {
            var (draft, _) = await drafts.ChangeAsync(key, d => d.Write(actor.Person, unit, section, text, readRevision, time.GetUtcNow()), cancellationToken);
            return draft;
        }
        catch (RuleException rule)
        {
            return Outcome.Refused(rule.Refusals, await drafts.FindAsync(key, cancellationToken));
        }
    }
}
