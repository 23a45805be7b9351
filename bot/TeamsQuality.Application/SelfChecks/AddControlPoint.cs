using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>
/// The unit's manager (or their substitute while on) or a quality developer adds a control point to the unit's plan of
/// a year. Refused by the rules, every field at once, with the plan as it was.
/// </summary>
public sealed class AddControlPoint(SelfCheckPlanRepository plans, ShowSelfCheckPlan show, TimeProvider time) : IUseCase
{
    public Task<Outcome<SelfCheckPlanView>> RunAsync(Actor actor, Unit unit, int year, ControlPointDraft draft, CancellationToken cancellationToken) =>
        PlanCommand.ChangeAsync(actor, unit, year, show, plans, time,
            (plan, now) => plan.Add("kp-" + Guid.NewGuid().ToString("N")[..12], draft, actor.Organisation, actor.Person, now), cancellationToken);
}
