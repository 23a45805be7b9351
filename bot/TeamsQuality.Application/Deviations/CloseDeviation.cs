namespace TeamsQuality.Application.Deviations;

/// <summary>
/// The manager or a quality developer closes a report with a decision (one assessed 3-4 not before the IVO decision);
/// the reporter hears that it was closed.
/// </summary>
public sealed class CloseDeviation(OpenDeviation open) : IUseCase
{
    public Task<Outcome<DeviationView>> RunAsync(Actor actor, string? reference, string? decision, CancellationToken cancellationToken) =>
        open.ChangeAsync(
            actor,
            reference,
            (report, unit, now) => report.Close(actor.Person, unit, decision, now),
            (report, unit) => open.TellReporterAsync(actor, report, unit, cancellationToken),
            cancellationToken);
}
