namespace TeamsQuality.Application.Deviations;

/// <summary>The deputy director records whether a matter assessed 3-4 (or a lex Sarah report) is reported to IVO, and why.</summary>
public sealed class RecordIvoDecision(OpenDeviation open) : IUseCase
{
    public Task<Outcome<DeviationView>> RunAsync(Actor actor, string? reference, bool? reportToIvo, string? motivation, CancellationToken cancellationToken) =>
        open.ChangeAsync(actor, reference, (report, _, now) => report.DecideIvo(actor.Person, reportToIvo, motivation, now), afterSave: null, cancellationToken);
}
