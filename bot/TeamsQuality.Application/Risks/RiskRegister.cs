using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Risks;

namespace TeamsQuality.Application.Risks;

/// <summary>
/// A unit's risk register as one person reads it: its risks in the register's order (<see cref="RiskOrder"/>), each
/// risk's actions from the unit's plan, this calendar year's summary per level, and whether they may add and change risks.
/// </summary>
public sealed record RiskRegisterView(
    Unit Unit, IReadOnlyList<Risk> Risks, IReadOnlyDictionary<string, IReadOnlyList<ImprovementAction>> Actions, RiskYearSummary Summary, bool CanAdd)
{
    public IReadOnlyList<ImprovementAction> ActionsOf(Risk risk) => Actions.TryGetValue(risk.Id, out var actions) ? actions : [];
}

/// <summary>
/// "Riskanalys": the unit's risk register, for those who work with the unit (its people, and those who follow every
/// unit); refused <see cref="RefusalReason.NotInUnit"/> for anyone else. Who may add a risk is the domain's
/// (<see cref="Risk.CanAdd"/>).
/// </summary>
public sealed class RiskRegister(RiskRepository risks, ImprovementActionRepository plan, TimeProvider time) : IUseCase
{
    public async Task<Outcome<RiskRegisterView>> RunAsync(Actor actor, Unit unit, CancellationToken cancellationToken)
    {
        if (!actor.Person.WorksWith(unit.Id))
        {
            return Outcome.Refused<RiskRegisterView>(RefusalReason.NotInUnit);
        }

        var register = await risks.OfUnitAsync(actor.Tenant, unit.Id, cancellationToken);
        var actions = await plan.ListAsync(actor.Tenant, unit.Id, cancellationToken);
        var year = SwedishTime.ToSwedish(time.GetUtcNow()).Year;
        return new RiskRegisterView(unit, register, RiskActions.ByRisk(actions), RiskYearSummary.Of(year, register, actions), Risk.CanAdd(actor.Person, unit));
    }
}
