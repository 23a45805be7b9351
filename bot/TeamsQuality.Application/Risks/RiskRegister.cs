using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Risks;

namespace TeamsQuality.Application.Risks;

/// <summary>A unit's risk register as one person reads it: its risks, and whether they may add one.</summary>
public sealed record RiskRegisterView(Unit Unit, IReadOnlyList<Risk> Risks, bool CanAdd);

/// <summary>
/// "Riskanalys": the unit's risk register, for those who work with the unit (its people, and those who follow every
/// unit); refused <see cref="RefusalReason.NotInUnit"/> for anyone else. Who may add a risk is the domain's
/// (<see cref="Risk.CanAdd"/>).
/// </summary>
public sealed class RiskRegister(RiskRepository risks) : IUseCase
{
    public async Task<Outcome<RiskRegisterView>> RunAsync(Actor actor, Unit unit, CancellationToken cancellationToken)
    {
        if (!actor.Person.WorksWith(unit.Id))
        {
            return Outcome.Refused<RiskRegisterView>(RefusalReason.NotInUnit);
        }

        var register = await risks.OfUnitAsync(actor.Tenant, unit.Id, cancellationToken);
        return new RiskRegisterView(unit, register, Risk.CanAdd(actor.Person, unit));
    }
}
