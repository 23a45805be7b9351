using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>
/// Starts the unit's empty plan of a year from a template (built in, or offered by the organisation's quality
/// developers); its points are the manager's until changed. Refused <see cref="RefusalReason.UnknownChoice"/> for a
/// template that is not offered, and when the plan is not empty.
/// </summary>
public sealed class StartPlanFromTemplate(SelfCheckPlanRepository plans, ShowSelfCheckPlan show, OfferedSelfCheckTemplates templates, TimeProvider time) : IUseCase
{
    public async Task<Outcome<SelfCheckPlanView>> RunAsync(Actor actor, Unit unit, int year, string? templateId, CancellationToken cancellationToken)
    {
        var template = (await templates.RunAsync(actor, cancellationToken)).FirstOrDefault(t => string.Equals(t.Id, templateId, StringComparison.Ordinal));
        return await PlanCommand.ChangeAsync(actor, unit, year, show, plans, time, (plan, now) =>
        {
            if (template is null)
            {
                throw new RuleException(RefusalReason.UnknownChoice, Field.TemplateName);
            }

            plan.StartFrom(template, actor.Organisation, actor.Person, now);
        }, cancellationToken);
    }
}
