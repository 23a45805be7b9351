using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>Removes a control point from the unit's plan, with a reason if one is given; the history keeps the point and the reason.</summary>
public sealed class RemoveControlPoint(SelfCheckPlanRepository plans, ShowSelfCheckPlan show, TimeProvider time) : IUseCase
{
    public Task<Outcome<SelfCheckPlanView>> RunAsync(Actor actor, Unit unit, int year, string pointId, string? reason, CancellationToken cancellationToken) =>
        PlanCommand.ChangeAsync(actor, unit, year, show, plans, time,
            (plan, now) => plan.Remove(pointId, reason, actor.Organisation, actor.Person, now), cancellationToken);
}
