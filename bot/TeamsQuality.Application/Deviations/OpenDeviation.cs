using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// Opens a report by its reference for one who may see it: the reporter, the unit's manager (or the substitute acting
/// for them), the quality developers and the deputy director (<see cref="DeviationReport.CanSee(Person, Unit, DateTimeOffset)"/>).
/// Every use case that shows or changes a report goes through here, so who may see details is checked in one place, on
/// the server, for every card. A report that is not there and one the person may not see are refused alike, with
/// nothing read (no <see cref="Outcome{T}.Unchanged"/>): a reference, written or forged into a button's data, tells
/// nobody which reports exist.
/// </summary>
public sealed class OpenDeviation(
    DeviationRepository reports, ImprovementActionRepository actions, IDeviationNotices notices, TimeProvider time, ILogger<OpenDeviation> logger) : IUseCase
{
    public async Task<Outcome<DeviationView>> RunAsync(Actor actor, string? reference, CancellationToken cancellationToken) =>
        await FindAsync(actor, reference, cancellationToken) is { } found
            ? await ViewAsync(found.Report, found.Unit, cancellationToken)
            : NoneToOpen();

    /// <summary>
    /// Applies a change to a report the person may see and saves it (read again and decided again when someone else
    /// changed it meanwhile), then lets <paramref name="afterSave"/> tell whoever must hear. Refused by the rules: nothing
    /// is saved, and the report comes back as it was read.
    /// </summary>
    internal async Task<Outcome<DeviationView>> ChangeAsync(
        Actor actor,
        string? reference,
        Action<DeviationReport, Unit, DateTimeOffset> change,
        Func<DeviationReport, Unit, Task>? afterSave,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(actor, reference, cancellationToken) is not { } found)
        {
            return NoneToOpen();
        }

        try
        {
            var (saved, _) = await reports.UpdateAsync(actor.Tenant, found.Report.Reference, report =>
            {
                change(report, found.Unit, time.GetUtcNow());
                return true;
            }, cancellationToken);
            if (afterSave is not null)
            {
                await afterSave(saved, found.Unit);
            }

            return await ViewAsync(saved, found.Unit, cancellationToken);
        }
        catch (RuleException refused)
        {
            return Outcome.Refused(refused.Refusals, await ViewAsync(found.Report, found.Unit, cancellationToken));
        }
    }

    /// <summary>Records a notice after a change was saved, and sends it right after the turn.</summary>
    internal async Task TellAsync(DeviationReport report, Func<Task<int>> record)
    {
        if (await record() > 0)
        {
            notices.SendSoon(report.Tenant);
        }
    }

    /// <summary>The reporter hears that their report was assessed, answered or closed (no content: a button opens it).</summary>
    internal Task TellReporterAsync(Actor actor, DeviationReport report, Unit unit, CancellationToken cancellationToken) =>
        DeviationRecipients.OfStatusChange(actor.Organisation, report, actor.Person) is { } reporter
            ? TellAsync(report, () => notices.StatusChangedAsync(report, unit, reporter, cancellationToken))
            : Task.CompletedTask;

    private async Task<(DeviationReport Report, Unit Unit)?> FindAsync(Actor actor, string? referenceText, CancellationToken cancellationToken)
    {
        var found = DeviationReference.TryParse(referenceText, out var reference)
            ? await reports.FindAsync(actor.Tenant, reference, cancellationToken)
            : null;
        var unit = found is null ? null : actor.Organisation.FindUnit(found.UnitId);
        if (found is null || unit is null || !found.CanSee(actor.Person, unit, time.GetUtcNow()))
        {
            if (found is not null)
            {
                logger.LogWarning("{Person} was refused report {Reference}", actor.Person.Id, reference);
            }

            return null;
        }

        return (found, unit);
    }

    private async Task<DeviationView> ViewAsync(DeviationReport report, Unit unit, CancellationToken cancellationToken)
    {
        var plan = await actions.ListAsync(report.Tenant, unit.Id, cancellationToken);
        return new DeviationView(report, unit, plan.Where(a => report.ActionIds.Contains(a.Id)).ToList());
    }

    private static Outcome<DeviationView> NoneToOpen() => Outcome.Refused<DeviationView>(RefusalReason.NotAllowed);
}
