using TeamsQuality.Domain.Risks;

namespace TeamsQuality.Application.Risks;

/// <summary>
/// The unit's manager or a quality developer assesses a risk again: probability, consequence and why. The earlier
/// assessment stays in the risk's history. Refused by the domain (<see cref="Risk.Reassess"/>), each refusal naming
/// its field, with the risk as it is now; a card older than the risk is refused, never saved over a newer assessment.
/// </summary>
public sealed class ReassessRisk(OpenRisk open) : IUseCase
{
    /// <param name="readRevision">The risk's revision the card showed (<see cref="Risk.Revision"/>); null when the press carries none.</param>
    public Task<Outcome<RiskView>> RunAsync(
        Actor actor, string? unitId, string? riskId, Probability? probability, Consequence? consequence, string? motivation, int? readRevision, CancellationToken cancellationToken) =>
        open.ChangeAsync(
            actor,
            unitId,
            riskId,
            (risk, unit, now) => risk.Reassess(actor.Person, unit, probability, consequence, motivation, readRevision ?? -1, now),
            cancellationToken);
}
