using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// Files a report (deviation, lex Sarah, view, complaint or praise) for one of the organisation's units, and routes it
/// at once to those who must act (<see cref="DeviationRecipients.OfNewReport"/>): a notice that says only that a report
/// needs attention. The notices are recorded and sent in the background, so the reporter gets the receipt without
/// waiting for anyone's chat. Refused: every problem at once, nothing filed.
/// </summary>
public sealed class FileDeviation(DeviationRepository reports, IDeviationNotices notices, TimeProvider time, ILogger<FileDeviation> logger) : IUseCase
{
    public async Task<Outcome<DeviationView>> RunAsync(Actor actor, DeviationFiling filing, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var refusals = DeviationReport.Check(filing, now).ToList();
        var unit = filing.UnitId is null ? null : actor.Organisation.FindUnit(filing.UnitId);
        if (unit is null && filing.UnitId is not null)
        {
            // A unit that is not the organisation's is as good as none chosen.
            refusals.Add(new Refusal(RefusalReason.Required, Field.Unit));
        }

        if (refusals.Count > 0)
        {
            return Outcome.Refused<DeviationView>(refusals);
        }

        var reference = await reports.NextReferenceAsync(actor.Tenant, filing.Kind!.Value, SwedishTime.Day(now).Year, cancellationToken);
        var report = DeviationReport.File(actor.Tenant, reference, filing, actor.Person, unit!, now);
        await reports.AddAsync(report, cancellationToken);
        logger.LogInformation("Report {Reference} filed for {Unit}", reference, unit!.Id);

        await notices.FiledAsync(report, unit, DeviationRecipients.OfNewReport(actor.Organisation, unit, report.Kind, report.ReporterId, report.FiledAt), cancellationToken);
        notices.SendSoon(actor.Tenant);
        return new DeviationView(report, unit, []);
    }
}
