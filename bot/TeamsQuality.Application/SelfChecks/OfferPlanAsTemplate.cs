using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>
/// A quality developer offers a unit's plan as a template for every unit of the organisation, under a name (the same
/// name replaces the earlier offer, keeping its history). The template is saved first, then the plan's history says it
/// was offered. Refused by the rules (who, the name, an empty plan) with the plan as it was.
/// </summary>
public sealed class OfferPlanAsTemplate(SelfCheckPlanRepository plans, SelfCheckTemplateRepository templates, ShowSelfCheckPlan show, TimeProvider time) : IUseCase
{
    public async Task<Outcome<SelfCheckPlanView>> RunAsync(Actor actor, Unit unit, int year, string? name, CancellationToken cancellationToken)
    {
        var seen = await show.RunAsync(actor, unit, year, cancellationToken);
        if (seen.IsRefused)
        {
            return seen;
        }

        var now = time.GetUtcNow();
        SelfCheckTemplate offered;
        try
        {
            offered = await templates.OfferAsync(actor.Tenant, existing =>
                SelfCheckTemplate.Offer(Guid.NewGuid().ToString("N")[..12], name, seen.Value.Plan, unit, actor.Person, now, existing), cancellationToken);
        }
        catch (RuleException refused)
        {
            return Outcome.Refused(refused.Refusals, seen.Value);
        }

        return await PlanCommand.ChangeAsync(actor, unit, year, show, plans, time,
            (plan, at) => plan.OfferedAsTemplate(offered.Name, actor.Person, at), cancellationToken);
    }
}
