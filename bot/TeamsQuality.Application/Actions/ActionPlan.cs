using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Actions;

/// <summary>A page of a unit's plan as one person reads it: the page's actions, how many in all, how many open and overdue.</summary>
public sealed record ActionPlanView(Unit Unit, IReadOnlyList<ActionView> Page, int Total, int Skip, int Open, int Overdue, DateOnly Today);

/// <summary>
/// "Åtgärder": the unit's plan (verksamhetsplan), for those who work with the unit (its people, and those who follow
/// every unit); refused <see cref="RefusalReason.NotInUnit"/> for anyone else. Open actions first, the soonest due
/// first (so the overdue ones lead), then the done ones, the latest done first. A report an action came from is
/// named only to those who may see that report.
/// </summary>
public sealed class ActionPlan(ImprovementActionRepository actions, DeviationRepository reports, TimeProvider time) : IUseCase
{
    public async Task<Outcome<ActionPlanView>> RunAsync(Actor actor, Unit unit, int skip, int take, CancellationToken cancellationToken)
    {
        if (!actor.Person.WorksWith(unit.Id))
        {
            return Outcome.Refused<ActionPlanView>(RefusalReason.NotInUnit);
        }

        var now = time.GetUtcNow();
        var all = Ordered(await actions.ListAsync(actor.Tenant, unit.Id, cancellationToken));
        skip = Math.Clamp(skip, 0, Math.Max(0, all.Count - 1));
        var page = new List<ActionView>();
        foreach (var action in all.Skip(skip).Take(take))
        {
            page.Add(await ActionReports.ViewAsync(reports, action, actor.Person, unit, now, cancellationToken));
        }

        return new ActionPlanView(
            unit, page, all.Count, skip, all.Count(a => a.Status != ActionStatus.Genomford), all.Count(a => a.IsOverdue(now)), Domain.Time.SwedishTime.Day(now));
    }

    /// <summary>Open first, the soonest due first (none last); then done, the latest done first.</summary>
    public static IReadOnlyList<ImprovementAction> Ordered(IEnumerable<ImprovementAction> plan) =>
        plan.OrderBy(a => a.Status == ActionStatus.Genomford)
            .ThenBy(a => a.Status == ActionStatus.Genomford ? DateOnly.MaxValue.DayNumber - (a.DoneOn ?? DateOnly.MinValue).DayNumber : (a.DueDate ?? DateOnly.MaxValue).DayNumber)
            .ThenBy(a => a.CreatedAt)
            .ToList();
}
