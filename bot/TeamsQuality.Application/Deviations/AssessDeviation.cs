using TeamsQuality.Domain.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// The unit's manager (or the substitute acting for them) assesses a deviation or lex Sarah report: severity on the 1-4
/// matrix, the immediate actions, and the category. A severity of 3-4 needs the deputy director's IVO decision, who is
/// told at once; the reporter hears that their report was assessed.
/// </summary>
public sealed class AssessDeviation(OpenDeviation open, IDeviationNotices notices) : IUseCase
{
    public Task<Outcome<DeviationView>> RunAsync(
        Actor actor, string? reference, Severity? severity, string? immediateActions, DeviationCategory? category, CancellationToken cancellationToken) =>
        open.ChangeAsync(
            actor,
            reference,
            (report, unit, now) => report.Assess(actor.Person, unit, severity, immediateActions, category, now),
            async (report, unit) =>
            {
                if (report.AwaitsIvoDecision)
                {
                    // The nudge job repeats it until the decision is recorded.
                    await open.TellAsync(report, () => notices.IvoDecisionNeededAsync(
                        report, unit, DeviationRecipients.OfIvoDecision(actor.Organisation, escalated: false), report.Assessment!.At, cancellationToken));
                }

                await open.TellReporterAsync(actor, report, unit, cancellationToken);
            },
            cancellationToken);
}
