using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>
/// "Egenkontrollplan": a unit's self-check plan for a calendar year, for those who work with the unit (its people and
/// those who follow every unit); refused <see cref="RefusalReason.NotInUnit"/> for anyone else, and
/// <see cref="RefusalReason.NotFound"/> for a year outside 2000 to next year. Who may keep it is the domain's
/// (<see cref="SelfCheckPlan.CanKeep"/>). One read of the plan; an empty plan its keeper may start also reads last
/// year's and the organisation's templates.
/// </summary>
public sealed class ShowSelfCheckPlan(SelfCheckPlanRepository plans, OfferedSelfCheckTemplates templates, TimeProvider time) : IUseCase
{
    public async Task<Outcome<SelfCheckPlanView>> RunAsync(Actor actor, Unit unit, int year, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = SwedishTime.Day(now);
        if (!SelfCheckPlan.CanSee(actor.Person, unit))
        {
            return Outcome.Refused<SelfCheckPlanView>(RefusalReason.NotInUnit);
        }

        if (year < 2000 || year > today.Year + 1)
        {
            return Outcome.Refused<SelfCheckPlanView>(RefusalReason.NotFound);
        }

        var plan = await plans.FindAsync(actor.Tenant, unit.Id, year, cancellationToken) ?? SelfCheckPlan.Empty(actor.Tenant, unit.Id, year);
        var canKeep = SelfCheckPlan.CanKeep(actor.Person, unit, now) && !plan.IsClosed(now);
        int? earlierYear = null;
        IReadOnlyList<SelfCheckTemplate> offered = [];
        if (canKeep && plan.IsEmpty)
        {
            var earlier = await plans.FindAsync(actor.Tenant, unit.Id, year - 1, cancellationToken);
            earlierYear = earlier is { IsEmpty: false } ? year - 1 : null;
            offered = await templates.RunAsync(actor, cancellationToken);
        }

        var people = actor.Organisation.People.Where(p => p.BelongsTo(unit))
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true)).ToList();
        var manager = unit.ManagerId is { } managerId ? actor.Organisation.FindPerson(managerId)?.Name : null;
        return new SelfCheckPlanView(unit, year, plan, today, canKeep, SelfCheckTemplate.CanOffer(actor.Person) && !plan.IsEmpty, earlierYear, offered, people, manager);
    }
}
