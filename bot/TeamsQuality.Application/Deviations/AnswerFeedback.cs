namespace TeamsQuality.Application.Deviations;

/// <summary>The unit's manager answers a view, complaint or praise; the one who sent it hears that it was answered.</summary>
public sealed class AnswerFeedback(OpenDeviation open) : IUseCase
{
    public Task<Outcome<DeviationView>> RunAsync(Actor actor, string? reference, string? answer, CancellationToken cancellationToken) =>
        open.ChangeAsync(
            actor,
            reference,
            (report, unit, now) => report.AnswerFeedback(actor.Person, unit, answer, now),
            (report, unit) => open.TellReporterAsync(actor, report, unit, cancellationToken),
            cancellationToken);
}
