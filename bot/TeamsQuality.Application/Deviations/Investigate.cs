using TeamsQuality.Domain.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>A quality developer adds an entry to a report's investigation: one topic, as a fact or an assessment.</summary>
public sealed class Investigate(OpenDeviation open) : IUseCase
{
    public Task<Outcome<DeviationView>> RunAsync(Actor actor, string? reference, InvestigationTopic topic, string? text, bool isFact, CancellationToken cancellationToken) =>
        open.ChangeAsync(
            actor,
            reference,
            (report, _, now) => report.Investigate(actor.Person, topic, text, isFact, now, Guid.NewGuid().ToString("N")),
            afterSave: null,
            cancellationToken);
}
