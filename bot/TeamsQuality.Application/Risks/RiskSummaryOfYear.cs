using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Risks;

namespace TeamsQuality.Application.Risks;

/// <summary>
/// How many risks the unit assessed in a calendar year per level (Kritisk, Medium, Låg), and how many of them have
/// actions (<see cref="RiskYearSummary"/>): what the register shows for this year, and the quality report for its year.
/// For those who work with the unit; refused <see cref="RefusalReason.NotInUnit"/> for anyone else.
/// </summary>
public sealed class RiskSummaryOfYear(RiskRepository risks, ImprovementActionRepository plan) : IUseCase
{
    public async Task<Outcome<RiskYearSummary>> RunAsync(Actor actor, Unit unit, int year, CancellationToken cancellationToken)
    {
        if (!actor.Person.WorksWith(unit.Id))
        {
            return Outcome.Refused<RiskYearSummary>(RefusalReason.NotInUnit);
        }

        var register = await risks.OfUnitAsync(actor.Tenant, unit.Id, cancellationToken);
        var actions = await plan.ListAsync(actor.Tenant, unit.Id, cancellationToken);
        return RiskYearSummary.Of(year, register, actions);
    }
}
