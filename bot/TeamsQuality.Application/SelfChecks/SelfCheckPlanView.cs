using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>
/// A unit's self-check plan for a year as one person reads it: its points, when each is next due, whether the person
/// may keep it or offer it as a template, and, for an empty plan they keep, what it can start from.
/// </summary>
/// <param name="Today">The Swedish day it was read on.</param>
/// <param name="CanKeep">The person may add, change and remove points (the acting manager, the quality developers; not in a past year).</param>
/// <param name="CanOffer">The person may offer the plan as a template for every unit (the quality developers).</param>
/// <param name="EarlierYear">The year before, when the unit has a plan with points then and this one is empty and kept by the person.</param>
/// <param name="Templates">The templates the empty plan can start from (built-in first, then the organisation's); empty otherwise.</param>
/// <param name="People">The unit's own, who can be made responsible for a point.</param>
/// <param name="ManagerName">The unit's manager, who is responsible for a point that names nobody.</param>
public sealed record SelfCheckPlanView(
    Unit Unit,
    int Year,
    SelfCheckPlan Plan,
    DateOnly Today,
    bool CanKeep,
    bool CanOffer,
    int? EarlierYear,
    IReadOnlyList<SelfCheckTemplate> Templates,
    IReadOnlyList<Person> People,
    string? ManagerName)
{
    /// <summary>When the point is next due this plan year: the first due day from today on (any in a future year; none in a past one).</summary>
    public DateOnly? NextDue(ControlPoint point) => SelfCheckPlan.NextDue(point, Year, Today);

    /// <summary>Who does the point: the person named, else the unit's manager.</summary>
    public string? ResponsibleName(ControlPoint point) => point.ResponsibleName ?? ManagerName;
}

/// <summary>
/// What every change to a plan does the same way: only for a unit the person works with and a year that can be planned,
/// read the plan (an empty one when there is none), let the domain decide, save (again on fresh data when someone saved
/// meanwhile), and show the plan as it now is; a refusal comes back with the plan as it was.
/// </summary>
internal static class PlanCommand
{
    public static async Task<Outcome<SelfCheckPlanView>> ChangeAsync(
        Actor actor, Unit unit, int year, ShowSelfCheckPlan show, Storage.SelfChecks.SelfCheckPlanRepository plans, TimeProvider time,
        Action<SelfCheckPlan, DateTimeOffset> decide, CancellationToken cancellationToken)
    {
        var seen = await show.RunAsync(actor, unit, year, cancellationToken);
        if (seen.IsRefused)
        {
            return seen;
        }

        try
        {
            var now = time.GetUtcNow();
            await plans.ChangeAsync(actor.Tenant, unit.Id, year, plan =>
            {
                decide(plan, now);
                return true;
            }, cancellationToken);
        }
        catch (Domain.Rules.RuleException refused)
        {
            return Outcome.Refused(refused.Refusals, seen.Value);
        }

        return await show.RunAsync(actor, unit, year, cancellationToken);
    }
}
