using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>
/// Changes a control point of the unit's plan, keeping its id (its results stay its own); the history keeps what it was.
/// Refused by the rules, every field at once, with the plan as it was.
/// </summary>
public sealed class ChangeControlPoint(SelfCheckPlanRepository plans, ShowSelfCheckPlan show, TimeProvider time) : IUseCase
{
    public Task<Outcome<SelfCheckPlanView>> RunAsync(Actor actor, Unit unit, int year, string pointId, ControlPointDraft draft, CancellationToken cancellationToken) =>
        PlanCommand.ChangeAsync(actor, unit, year, show, plans, time,
            (plan, now) => plan.Change(pointId, draft, actor.Organisation, actor.Person, now), cancellationToken);
}
