using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>
/// Starts the unit's empty plan of a year from its plan of the year before: the same points with the same ids (results
/// compare year on year), responsible people kept while they are still the unit's. Refused when the plan is not empty
/// or there is nothing last year to start from.
/// </summary>
public sealed class StartPlanFromLastYear(SelfCheckPlanRepository plans, ShowSelfCheckPlan show, TimeProvider time) : IUseCase
{
    public async Task<Outcome<SelfCheckPlanView>> RunAsync(Actor actor, Unit unit, int year, CancellationToken cancellationToken)
    {
        var earlier = await plans.FindAsync(actor.Tenant, unit.Id, year - 1, cancellationToken) ?? SelfCheckPlan.Empty(actor.Tenant, unit.Id, year - 1);
        return await PlanCommand.ChangeAsync(actor, unit, year, show, plans, time,
            (plan, now) => plan.StartFrom(earlier, actor.Organisation, actor.Person, now), cancellationToken);
    }
}
