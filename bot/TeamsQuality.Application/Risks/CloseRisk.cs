using TeamsQuality.Domain.Risks;

namespace TeamsQuality.Application.Risks;

/// <summary>
/// The unit's manager or a quality developer marks a risk as no longer current (åtgärdad or inaktuell) with the reason.
/// Kept in the register with its history and actions, not deleted (<see cref="Risk.Close"/>).
/// </summary>
public sealed class CloseRisk(OpenRisk open) : IUseCase
{
    /// <param name="readRevision">The risk's revision the card showed; null when the press carries none.</param>
    public Task<Outcome<RiskView>> RunAsync(
        Actor actor, string? unitId, string? riskId, RiskState? state, string? reason, int? readRevision, CancellationToken cancellationToken) =>
        open.ChangeAsync(
            actor,
            unitId,
            riskId,
            (risk, unit, now) => risk.Close(actor.Person, unit, state, reason, readRevision ?? -1, now),
            cancellationToken);
}
